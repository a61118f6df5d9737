/**
 * Ejects the theme's copy button (CodeBlock/Buttons/CopyButton): the same
 * button, icons and labels, server-rendered (see ../index.tsx), with the
 * class it takes once the code is copied in `data-copied-class`, so the copy
 * island (src/islands/copy.ts) can show the same confirmation without React.
 * With React (the pages that load the app) it copies the block's code as the
 * theme does. It is `hidden` until a script has made it work: without
 * JavaScript there is no dead button.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import IconCopy from '@theme/Icon/Copy';
import IconSuccess from '@theme/Icon/Success';
import styles from './styles.module.css';

/** How long the button shows "copied". */
export const COPIED_MS = 1000;

export default function CopyButton({ className }: { className?: string }): ReactNode {
  const {
    metadata: { code },
  } = useCodeBlockContext();
  const [isCopied, setIsCopied] = useState(false);
  const [ready, setReady] = useState(false);
  const timeout = useRef<number | undefined>(undefined);
  useEffect(() => {
    setReady(true);
    return () => window.clearTimeout(timeout.current);
  }, []);
  const copyCode = useCallback(() => {
    void navigator.clipboard.writeText(code).then(() => {
      setIsCopied(true);
      timeout.current = window.setTimeout(() => setIsCopied(false), COPIED_MS);
    });
  }, [code]);
  const copyLabel = translate({
    id: 'theme.CodeBlock.copyButtonAriaLabel',
    message: 'Copy code to clipboard',
    description: 'The ARIA label for copy code blocks button',
  });
  const copiedLabel = translate({
    id: 'theme.CodeBlock.copied',
    message: 'Copied',
    description: 'The copied button label on code blocks',
  });
  return (
    <button
      type="button"
      hidden={!ready}
      aria-label={isCopied ? copiedLabel : copyLabel}
      title={translate({
        id: 'theme.CodeBlock.copy',
        message: 'Copy',
        description: 'The copy button label on code blocks',
      })}
      className={clsx('clean-btn', className, isCopied && styles.copyButtonCopied)}
      data-copy-code=""
      data-copied-class={styles.copyButtonCopied}
      data-copied-label={copiedLabel}
      onClick={copyCode}
    >
      <span className={styles.copyButtonIcons} aria-hidden="true">
        <IconCopy className={styles.copyButtonIcon} />
        <IconSuccess className={styles.copyButtonSuccessIcon} />
      </span>
    </button>
  );
}
