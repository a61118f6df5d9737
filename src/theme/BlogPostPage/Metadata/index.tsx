/**
 * Head tags of a blog post: title, description, keywords, Open Graph and
 * Twitter, with the post's social image.
 *
 * Replaces the theme's component instead of wrapping it: the original points
 * `og:image` at the unprocessed cover file (full size, metadata included),
 * and Helmet would keep only one of two `og:image`s, unpredictably. The
 * canonical URL, `og:url` and `twitter:card` come from the theme's
 * `SiteMetadata` on every page.
 */
import type { ReactNode } from 'react';
import { PageMetadata } from '@docusaurus/theme-common';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import { safeLinkUrl } from '@site/src/lib/plain-text';
import { postExtras } from '@site/src/lib/post-extras';
import { usePostSocialImage } from '../socialImage';

export default function BlogPostPageMetadata(): ReactNode {
  const { metadata } = useBlogPost();
  const { siteConfig } = useDocusaurusContext();
  const { title, date, tags, authors, frontMatter, lastUpdatedAt } = metadata;
  const { description } = postExtras(metadata);
  const image = usePostSocialImage();
  const authorUrls = authors
    .map((author) =>
      author.page
        ? `${siteConfig.url}${author.page.permalink}`
        : safeLinkUrl(author.url ?? undefined),
    )
    .filter((url): url is string => Boolean(url));
  return (
    <PageMetadata
      title={frontMatter.title_meta ?? title}
      description={description}
      keywords={frontMatter.keywords}
      image={image?.url}
    >
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={siteConfig.title} />
      <meta property="og:title" content={frontMatter.title_meta ?? title} />
      <meta name="twitter:title" content={frontMatter.title_meta ?? title} />
      <meta name="twitter:description" content={description} />
      {image && <meta property="og:image:type" content={image.type} />}
      {image && <meta property="og:image:width" content={String(image.width)} />}
      {image && <meta property="og:image:height" content={String(image.height)} />}
      {image && <meta property="og:image:alt" content={image.alt} />}
      {image && <meta name="twitter:image:alt" content={image.alt} />}
      <meta property="article:published_time" content={new Date(date).toISOString()} />
      {lastUpdatedAt && (
        <meta property="article:modified_time" content={new Date(lastUpdatedAt).toISOString()} />
      )}
      {authorUrls.map((url) => (
        <meta key={`author-${url}`} property="article:author" content={url} />
      ))}
      {tags.map((tag) => (
        <meta key={`tag-${tag.permalink}`} property="article:tag" content={tag.label} />
      ))}
    </PageMetadata>
  );
}
