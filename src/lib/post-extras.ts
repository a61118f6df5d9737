/**
 * What plugins/blog added to a post's metadata (`extras`: description,
 * visibility, card, social image, related posts, search record), for the
 * theme. The plugin computed it at build time; the theme only reads it.
 */
import type { PostExtras } from '@site/plugins/blog/types';

/** The extras of a post's metadata (in a post's own module or a list's). */
export function postExtras(metadata: object): PostExtras {
  return (metadata as { extras: PostExtras }).extras;
}
