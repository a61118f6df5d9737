/**
 * Replaces (does not wrap) @theme/BlogListPage/StructuredData, the JSON-LD of
 * the blog index and its later pages. The data is the theme's own
 * (`useBlogListPageStructuredData`); only the serialisation changes: the
 * original writes it with a plain `JSON.stringify`, so a `</script>` in any
 * post's title, description or keywords closes the block and the rest of the
 * text becomes HTML. A wrapper cannot change how the original serialises.
 */
import type { ReactNode } from 'react';
import { useBlogListPageStructuredData } from '@docusaurus/plugin-content-blog/client';
import type { Props } from '@theme/BlogListPage/StructuredData';
import JsonLd from '@site/src/components/JsonLd';

export default function BlogListPageStructuredData(props: Props): ReactNode {
  return <JsonLd data={useBlogListPageStructuredData(props)} />;
}
