/**
 * An author's avatar: the portrait from `blog/authors.yml` (`image_url`) or,
 * for authors without one, their initials on a house-style colour. The
 * colour follows from the name, so an author looks the same on every page.
 *
 * Decorative on purpose (`alt=""`, `aria-hidden`): the name is always written
 * next to it, and a screen reader should not hear it twice.
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** Words Dutch names carry between first and last name (tussenvoegsels). */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'het',
  'ten',
  'ter',
  'te',
  'in',
  "'t",
  '’t',
  'op',
  'la',
  'le',
  'du',
  'da',
]);

/** `Martin van der Plas` → `MP`, `Digilab` → `D`. */
export function initials(name: string): string {
  const significant = name
    .split(/[\s-]+/)
    .filter(Boolean)
    .filter((word, i) => i === 0 || !PARTICLES.has(word.toLowerCase()));
  const first = significant[0] ?? '?';
  const last = significant.length > 1 ? significant[significant.length - 1] : '';
  return (Array.from(first)[0] + (last ? Array.from(last)[0] : '')).toUpperCase();
}

/** Number of house-style colours in styles.module.css (`.colour0` …). */
export const AVATAR_COLOURS = 7;

/** Index of the colour for a name: a small stable hash (FNV-1a). */
export function avatarColour(name: string): number {
  let hash = 0x811c9dc5;
  for (const char of name) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % AVATAR_COLOURS;
}

export interface AuthorAvatarProps {
  name: string;
  imageURL?: string;
  size?: 'small' | 'medium' | 'large';
  className?: string;
}

const PIXELS = { small: 32, medium: 48, large: 96 } as const;

export default function AuthorAvatar({
  name,
  imageURL,
  size = 'medium',
  className,
}: AuthorAvatarProps): ReactNode {
  const classes = clsx(styles.avatar, styles[size], className);
  if (imageURL) {
    return (
      <img
        className={classes}
        src={imageURL}
        alt=""
        width={PIXELS[size]}
        height={PIXELS[size]}
        loading="lazy"
        decoding="async"
      />
    );
  }
  return (
    <span
      className={clsx(classes, styles.initials, styles[`colour${avatarColour(name)}`])}
      aria-hidden="true"
      translate="no"
    >
      {initials(name)}
    </span>
  );
}
