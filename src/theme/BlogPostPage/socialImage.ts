/**
 * The social image of the current post, as the `blog-seo` plugin made it
 * (cover, first image or generated card), with an absolute URL.
 */
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluginData } from '@docusaurus/useGlobalData';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';

export interface PostSocialImage {
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

interface SocialImageData {
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

export function usePostSocialImage(): PostSocialImage | undefined {
  const { metadata } = useBlogPost();
  const data = usePluginData('blog-seo') as
    { images: Record<string, SocialImageData | undefined> } | undefined;
  const image = data?.images[metadata.permalink];
  const url = useBaseUrl(image?.url ?? '', { absolute: true });
  return image ? { ...image, url } : undefined;
}
