/**
 * Wraps (does not eject) the theme's admonition types: the theme's map,
 * spread, with three entries replaced. Docusaurus still renders the legacy
 * keywords `:::success`, `:::secondary` and `:::important`, but with a
 * hard-coded English title ("success", ...). These keep their look (the CSS
 * styles `theme-admonition-success` etc.) and get a translatable Dutch
 * default title; a `[title]` in the Markdown still wins.
 */
import type { ComponentType, ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import type { Props } from '@theme/Admonition';
import DefaultAdmonitionTypes from '@theme-original/Admonition/Types';
import AdmonitionTypeInfo from '@theme/Admonition/Type/Info';
import AdmonitionTypeNote from '@theme/Admonition/Type/Note';
import AdmonitionTypeTip from '@theme/Admonition/Type/Tip';

function SuccessAdmonition(props: Props): ReactNode {
  return (
    <AdmonitionTypeTip
      title={
        <Translate
          id="theme.admonition.success"
          description="The default label used for the legacy Success admonition (:::success)"
        >
          Gelukt
        </Translate>
      }
      {...props}
    />
  );
}

function SecondaryAdmonition(props: Props): ReactNode {
  return (
    <AdmonitionTypeNote
      title={
        <Translate
          id="theme.admonition.secondary"
          description="The default label used for the legacy Secondary admonition (:::secondary)"
        >
          Opmerking
        </Translate>
      }
      {...props}
    />
  );
}

function ImportantAdmonition(props: Props): ReactNode {
  return (
    <AdmonitionTypeInfo
      title={
        <Translate
          id="theme.admonition.important"
          description="The default label used for the legacy Important admonition (:::important)"
        >
          Belangrijk
        </Translate>
      }
      {...props}
    />
  );
}

const AdmonitionTypes: Record<string, ComponentType<Props>> = {
  ...DefaultAdmonitionTypes,
  success: SuccessAdmonition,
  secondary: SecondaryAdmonition,
  important: ImportantAdmonition,
};

export default AdmonitionTypes;
