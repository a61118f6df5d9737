/**
 * A post image as the image remark plugin writes it: a link to the full-size
 * image around a `<picture>` (WebP first, then the fallback format), with
 * `width`/`height` so the page does not shift while it loads.
 *
 * Plain elements on purpose, not the MDX `a`/`img` components: a Docusaurus
 * `<Link>` would route `/assets/…` through the single-page router.
 */
import type { ReactNode } from 'react';
import type { BodyImageData } from '../../images/module';
import styles from './styles.module.css';

export interface BlogImageProps {
  /** The image's module (plugins/blog/images/module.ts). */
  image: BodyImageData;
  alt: string;
  title?: string;
  loading: 'eager' | 'lazy';
  /** Inside the author's own link: no full-size link of its own (links do not nest). */
  linked?: boolean;
}

function srcSet(candidates: [string, number][]): string {
  return candidates.map(([url, width]) => `${url} ${width}w`).join(', ');
}

export default function BlogImage({
  image,
  alt,
  title,
  loading,
  linked = false,
}: BlogImageProps): ReactNode {
  const label = alt
    ? `${alt} (afbeelding op volledige grootte openen)`
    : 'Afbeelding op volledige grootte openen';
  const picture = (
    <picture>
      <source type="image/webp" srcSet={srcSet(image.webp)} sizes={image.sizes} />
      <source type={image.fallbackType} srcSet={srcSet(image.fallback)} sizes={image.sizes} />
      <img
        className={styles.img}
        src={image.src}
        alt={alt}
        title={title}
        width={image.width}
        height={image.height}
        loading={loading}
        decoding={loading === 'eager' ? 'sync' : 'async'}
        fetchPriority={loading === 'eager' ? 'high' : undefined}
      />
    </picture>
  );
  if (linked) return picture;
  return (
    <a href={image.full} className={styles.link} aria-label={label} data-blog-image="">
      {picture}
    </a>
  );
}
