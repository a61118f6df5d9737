/**
 * `<link rel="alternate">` for the RSS, Atom and JSON feeds of a tag or
 * author page, so feed readers find them from the page's address. plugins/blog
 * puts the links into the page's props; a page without feeds (a tag with
 * only drafts) has none and gets nothing.
 */
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { FeedLinks } from '../../types';

export interface BlogFeedLinksProps {
  links?: FeedLinks;
}

export default function BlogFeedLinks({ links }: BlogFeedLinksProps): ReactNode {
  const rss = useBaseUrl(links?.rss ?? '', { absolute: true });
  const atom = useBaseUrl(links?.atom ?? '', { absolute: true });
  const json = useBaseUrl(links?.json ?? '', { absolute: true });
  if (!links) return null;
  return (
    <Head>
      <link rel="alternate" type="application/rss+xml" href={rss} title={`${links.title} (RSS)`} />
      <link
        rel="alternate"
        type="application/atom+xml"
        href={atom}
        title={`${links.title} (Atom)`}
      />
      <link
        rel="alternate"
        type="application/json"
        href={json}
        title={`${links.title} (JSON Feed)`}
      />
    </Head>
  );
}
