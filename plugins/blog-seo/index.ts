/**
 * Sharing and search engines: gives every blog post a social image (see
 * `socialImage.ts`), hands its URL and size to the post page's metadata
 * through global data, and copies the images into the build at
 * `/img/social/{slug}.{png|jpg}`.
 *
 * The page head itself is written by `src/theme/BlogPostPage/Metadata` and
 * `src/theme/BlogPostPage/StructuredData`.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { BLOG_PLUGIN_NAME } from '../blog-posts';
import { ensureSocialImage, type SocialImage, type SocialImageContext } from './socialImage';

export const PLUGIN_NAME = 'blog-seo';

export interface BlogSeoOptions {
  social: SocialImageContext;
}

/** What the post page needs to know about its social image. */
export interface SocialImageData {
  /** URL path, without the base URL. */
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

/** Global data: social images by post permalink. */
export interface BlogSeoGlobalData {
  images: Record<string, SocialImageData>;
}

export default function blogSeoPlugin(_context: LoadContext, options: BlogSeoOptions): Plugin {
  let images: SocialImage[] = [];
  return {
    name: PLUGIN_NAME,

    async allContentLoaded({ allContent, actions }) {
      const blog = allContent[BLOG_PLUGIN_NAME]?.default as BlogContent | undefined;
      const posts = blog?.blogPosts ?? [];
      // Every post with a page gets an image, drafts of a preview build too:
      // reviewers see what a shared link will look like.
      images = await Promise.all(posts.map((post) => ensureSocialImage(post, options.social)));
      const data: BlogSeoGlobalData = {
        images: Object.fromEntries(
          posts.map((post, i) => [
            post.metadata.permalink,
            {
              url: images[i].urlPath,
              width: images[i].width,
              height: images[i].height,
              type: images[i].type,
              alt: images[i].alt,
            },
          ]),
        ),
      };
      actions.setGlobalData(data);
    },

    async postBuild({ outDir }) {
      await Promise.all(
        images.map(async (image) => {
          const target = path.join(outDir, image.urlPath);
          await mkdir(path.dirname(target), { recursive: true });
          await copyFile(image.file, target);
        }),
      );
    },
  };
}
