/**
 * Wraps (does not eject) @theme-original/ContentVisibility, which Docusaurus
 * renders at the top of every blog post page, docs page and MDX page.
 *
 * Why: reviewers must see at a glance that a page is a draft. Docusaurus' own
 * draft banner only reacts to `draft: true`, so it shows in `npm start` but
 * not in the preview build (where drafts are published with
 * `preview_draft: true`, see plugins/preview-drafts.ts), and its text says the
 * page only exists in development. We show our Dutch "Concept" banner for
 * both and hide Docusaurus' banner so a draft never gets two. Unlisted pages
 * keep Docusaurus' own banner.
 */
import type { ReactNode } from 'react';
import ContentVisibility from '@theme-original/ContentVisibility';
import type ContentVisibilityType from '@theme/ContentVisibility';
import type { WrapperProps } from '@docusaurus/types';
import useRouteContext from '@docusaurus/useRouteContext';

import { DraftBanner, isDraftFrontMatter } from '@site/src/components/DraftNotice';

type Props = WrapperProps<typeof ContentVisibilityType>;

export default function ContentVisibilityWrapper({ metadata }: Props): ReactNode {
  const { plugin } = useRouteContext();
  const isDraft = isDraftFrontMatter(metadata.frontMatter);
  const isBlog = plugin.name === 'docusaurus-plugin-content-blog';
  return (
    <>
      {isDraft ? <DraftBanner kind={isBlog ? 'artikel' : 'pagina'} /> : null}
      <ContentVisibility
        metadata={{ ...metadata, frontMatter: { ...metadata.frontMatter, draft: false } }}
      />
    </>
  );
}
