/**
 * `<link rel="alternate">` for the RSS, Atom and JSON feeds of a tag or
 * author page, so feed readers find them from the page's address. Renders
 * nothing for a page without feeds (a tag with only drafts).
 */
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluginData } from '@docusaurus/useGlobalData';

interface FeedLinks {
  title: string;
  rss: string;
  atom: string;
  json: string;
}

export interface BlogFeedLinksProps {
  /** Permalink of the tag or author page. */
  permalink: string;
}

export default function BlogFeedLinks({ permalink }: BlogFeedLinksProps): ReactNode {
  const data = usePluginData('blog-feeds') as { feeds: Record<string, FeedLinks> } | undefined;
  const links = data?.feeds[permalink];
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
