/**
 * A post image as the image remark plugin writes it: a link to the full-size
 * image around a `<picture>` (WebP first, then the fallback format), with
 * `width`/`height` so the page does not shift while it loads.
 *
 * Plain elements on purpose, not the MDX `a`/`img` components: a Docusaurus
 * `<Link>` would route `/assets/…` through the single-page router.
 */
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** `[url, width in px]` for each rendition, narrowest first. */
export type Candidates = [string, number][];

export interface BlogImageProps {
  alt: string;
  title?: string;
  width: string | number;
  height: string | number;
  src: string;
  webp: Candidates;
  fallback: Candidates;
  fallbackType: string;
  full: string;
  sizes: string;
  loading: 'eager' | 'lazy';
}

function srcSet(candidates: Candidates): string {
  return candidates.map(([url, width]) => `${url} ${width}w`).join(', ');
}

export default function BlogImage({
  alt,
  title,
  width,
  height,
  src,
  webp,
  fallback,
  fallbackType,
  full,
  sizes,
  loading,
}: BlogImageProps): ReactNode {
  const label = alt
    ? `${alt} (afbeelding op volledige grootte openen)`
    : 'Afbeelding op volledige grootte openen';
  return (
    <a href={full} className={styles.link} aria-label={label} data-blog-image="">
      <picture>
        <source type="image/webp" srcSet={srcSet(webp)} sizes={sizes} />
        <source type={fallbackType} srcSet={srcSet(fallback)} sizes={sizes} />
        <img
          className={styles.img}
          src={src}
          alt={alt}
          title={title}
          width={Number(width)}
          height={Number(height)}
          loading={loading}
          decoding={loading === 'eager' ? 'sync' : 'async'}
          fetchPriority={loading === 'eager' ? 'high' : undefined}
        />
      </picture>
    </a>
  );
}
