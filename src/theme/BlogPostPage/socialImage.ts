/**
 * The social image of the current post, as plugins/blog made it (cover,
 * first image or generated card, in the post's `extras`), with an absolute URL.
 */
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import { postExtras } from '@site/src/lib/post-extras';

export interface PostSocialImage {
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

export function usePostSocialImage(): PostSocialImage {
  const { metadata } = useBlogPost();
  const { url, width, height, type, alt } = postExtras(metadata).social;
  return { url: useBaseUrl(url, { absolute: true }), width, height, type, alt };
}
