/**
 * `Heading` of @rijkshuisstijl-community/components-react 11: the NL Design
 * System candidate Heading (`nl-heading nl-heading--level-N`) plus
 * `rhc-heading`. Written here because `@nl-design-system-candidate/heading-react`
 * is bundled into the library's dist file, not installed on its own.
 *
 * Compatibility: `level` defaults to 2 (the library crashes without it), older
 * posts' `appearance="level-N"` is honoured, any other `appearance` ignored.
 */
import clsx from 'clsx';
import type { HTMLAttributes, ReactElement, ReactNode, Ref } from 'react';

import { htmlProps } from './internal/html-props';
import { type HeadingLevel, toLevel } from './internal/level';

export type { HeadingLevel } from './internal/level';

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The HTML heading level (`h1`–`h6`). */
  level?: HeadingLevel;
  /** The level it looks like, when that differs from `level`. */
  appearanceLevel?: HeadingLevel;
  children?: ReactNode;
  ref?: Ref<HTMLHeadingElement>;
}

export function Heading({
  level,
  appearanceLevel,
  children,
  className,
  ...restProps
}: HeadingProps): ReactElement {
  const { appearance, ...rest } = restProps as typeof restProps & { appearance?: unknown };
  const tagLevel = toLevel(level) ?? 2;
  const lookLevel = toLevel(appearanceLevel) ?? toLevel(appearance) ?? tagLevel;
  const Tag = `h${tagLevel}` as const;
  return (
    <Tag
      className={clsx('nl-heading', `nl-heading--level-${lookLevel}`, 'rhc-heading', className)}
      {...htmlProps('Heading', rest)}
    >
      {children}
    </Tag>
  );
}
