/**
 * One `application/ld+json` block in the page head. Every piece of
 * structured data on the site goes through here, so all of it is
 * serialised by `jsonForScript` (src/lib/plain-text.ts): a title, a
 * description or an author name holding `</script>` stays data and never
 * closes the element it sits in. Links that would run code
 * (`javascript:` and the like, say an author's `url` in blog/authors.yml)
 * are left out, whoever made the data.
 *
 * The block is data, not a script: a script-hash Content-Security-Policy
 * does not apply to it (scripts/serve/config.ts).
 */
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import { jsonForScript, safeLinkUrl } from '@site/src/lib/plain-text';

export interface JsonLdProps {
  /** A schema.org object (with its `@context`), serialised as it is. */
  data: object;
}

/** The schema.org properties this site's structured data holds links in. */
const LINK_PROPERTIES = new Set([
  '@id',
  'url',
  'sameAs',
  'image',
  'contentUrl',
  'item',
  'mainEntityOfPage',
  'logo',
]);

/** The data without links that would run code; everything else as it is. */
function withSafeLinks(value: unknown, key?: string): unknown {
  if (typeof value === 'string') {
    return key !== undefined && LINK_PROPERTIES.has(key) ? safeLinkUrl(value) : value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => withSafeLinks(item, key)).filter((item) => item !== undefined);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .map(([name, item]) => [name, withSafeLinks(item, name)] as const)
        .filter(([, item]) => item !== undefined),
    );
  }
  return value;
}

export default function JsonLd({ data }: JsonLdProps): ReactNode {
  return (
    <Head>
      <script type="application/ld+json">{jsonForScript(withSafeLinks(data))}</script>
    </Head>
  );
}
