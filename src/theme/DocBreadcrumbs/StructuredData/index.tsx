/**
 * Replaces (does not wrap) @theme/DocBreadcrumbs/StructuredData, the
 * `BreadcrumbList` JSON-LD of kennisbank pages. The data is the theme's own
 * (`useBreadcrumbsStructuredData`); only the serialisation changes: the
 * original writes it with a plain `JSON.stringify`, so a `</script>` in a
 * page title or sidebar label closes the block. A wrapper cannot change how
 * the original serialises.
 */
import type { ReactNode } from 'react';
import { useBreadcrumbsStructuredData } from '@docusaurus/plugin-content-docs/client';
import type { Props } from '@theme/DocBreadcrumbs/StructuredData';
import JsonLd from '@site/src/components/JsonLd';

export default function DocBreadcrumbsStructuredData({ breadcrumbs }: Props): ReactNode {
  return <JsonLd data={useBreadcrumbsStructuredData({ breadcrumbs })} />;
}
