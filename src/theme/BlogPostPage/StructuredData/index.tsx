/**
 * JSON-LD for a blog post: a schema.org `BlogPosting` (headline,
 * description, dates, authors with their pages, image, keywords, URL) and a
 * `BreadcrumbList` (Home › Blog › post), in one `@graph`.
 *
 * Replaces the theme's component, which points `image` at the unprocessed
 * cover, has no breadcrumbs and serialises with a plain `JSON.stringify`, so a
 * `</script>` in a title would end the block (src/components/JsonLd).
 */
import type { ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useBlogMetadata, useBlogPost } from '@docusaurus/plugin-content-blog/client';
import type { Author } from '@docusaurus/plugin-content-blog';
import JsonLd from '@site/src/components/JsonLd';
import { safeLinkUrl } from '@site/src/lib/plain-text';
import { postExtras } from '@site/src/lib/post-extras';
import { usePostSocialImage } from '../socialImage';

type SchemaNode = Record<string, unknown>;

function authorNode(author: Author, siteUrl: string): SchemaNode {
  const isOrganization = author.type === 'organization';
  const url = author.page ? `${siteUrl}${author.page.permalink}` : safeLinkUrl(author.url);
  const sameAs = Object.values(author.socials ?? {}).filter(
    (value): value is string => typeof value === 'string' && /^https?:\/\//.test(value),
  );
  return {
    '@type': isOrganization ? 'Organization' : 'Person',
    name: author.name,
    ...(url ? { url } : {}),
    ...(author.title ? { [isOrganization ? 'description' : 'jobTitle']: author.title } : {}),
    ...(author.imageURL ? { image: new URL(author.imageURL, siteUrl).toString() } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}

export default function BlogPostStructuredData(): ReactNode {
  const { metadata } = useBlogPost();
  const blog = useBlogMetadata();
  const { siteConfig } = useDocusaurusContext();
  const image = usePostSocialImage();
  const siteUrl = siteConfig.url;
  const url = `${siteUrl}${metadata.permalink}`;
  const keywords = [
    ...(metadata.frontMatter.keywords ?? []),
    ...metadata.tags.map((tag) => tag.label),
  ];
  const posting: SchemaNode = {
    '@type': 'BlogPosting',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: metadata.title,
    name: metadata.title,
    description: postExtras(metadata).description,
    inLanguage: 'nl',
    datePublished: new Date(metadata.date).toISOString(),
    dateModified: new Date(metadata.lastUpdatedAt ?? metadata.date).toISOString(),
    author: metadata.authors.filter((a) => a.name).map((a) => authorNode(a, siteUrl)),
    ...(image
      ? {
          image: {
            '@type': 'ImageObject',
            url: image.url,
            contentUrl: image.url,
            width: image.width,
            height: image.height,
            caption: image.alt,
          },
        }
      : {}),
    ...(keywords.length > 0 ? { keywords: [...new Set(keywords)].join(', ') } : {}),
    isPartOf: { '@type': 'Blog', '@id': `${siteUrl}${blog.blogBasePath}`, name: blog.blogTitle },
    publisher: { '@type': 'Organization', name: siteConfig.title, url: `${siteUrl}/` },
  };
  const breadcrumbs: SchemaNode = {
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${siteUrl}/` },
      { '@type': 'ListItem', position: 2, name: 'Blog', item: `${siteUrl}${blog.blogBasePath}` },
      { '@type': 'ListItem', position: 3, name: metadata.title, item: url },
    ],
  };
  return <JsonLd data={{ '@context': 'https://schema.org', '@graph': [posting, breadcrumbs] }} />;
}
