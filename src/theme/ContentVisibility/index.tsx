/**
 * Wraps (does not eject) @theme-original/ContentVisibility, which Docusaurus
 * renders at the top of every blog post page, docs page and MDX page.
 *
 * Why: reviewers must see at a glance that a page is a draft. Outside a
 * production build a draft is published with a mark of its own
 * (src/lib/visibility.ts), so Docusaurus' development-only draft banner,
 * which reacts to `draft: true`, never shows; this adds the Dutch "Concept"
 * banner instead, in `npm start` and in the preview build alike. Unlisted
 * pages keep Docusaurus' own banner.
 */
import type { ReactNode } from 'react';
import ContentVisibility from '@theme-original/ContentVisibility';
import type ContentVisibilityType from '@theme/ContentVisibility';
import type { WrapperProps } from '@docusaurus/types';
import useRouteContext from '@docusaurus/useRouteContext';
import { DraftBanner } from '@site/src/components/DraftNotice';
import { visibilityOf } from '@site/src/lib/visibility';

type Props = WrapperProps<typeof ContentVisibilityType>;

export default function ContentVisibilityWrapper({ metadata }: Props): ReactNode {
  const { plugin } = useRouteContext();
  const { draft } = visibilityOf(metadata.frontMatter);
  const isBlog = plugin.name === 'docusaurus-plugin-content-blog';
  return (
    <>
      {draft ? <DraftBanner kind={isBlog ? 'artikel' : 'pagina'} /> : null}
      <ContentVisibility metadata={metadata} />
    </>
  );
}
