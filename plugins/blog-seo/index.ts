/**
 * Sharing and search engines: gives every blog post a social image (see
 * `socialImage.ts`), hands its URL and size to the post page's metadata
 * through global data, and copies the images into the build at
 * `/img/social/{slug}.{png|jpg}`.
 *
 * The page head itself is written by `src/theme/BlogPostPage/Metadata` and
 * `src/theme/BlogPostPage/StructuredData`.
 *
 * Every other page shares the site's default image, `themeConfig.image`: a
 * card in the same house style, rendered here into the build at that path
 * (its size and alternative text reach the page head through the global
 * data, see src/theme/SiteMetadata).
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { BLOG_PLUGIN_NAME } from '../blog-posts';
import { CARD_HEIGHT, CARD_WIDTH, renderSocialCard } from './socialCard';
import { ensureSocialImage, type SocialImage, type SocialImageContext } from './socialImage';

export const PLUGIN_NAME = 'blog-seo';

/** The text of the site's default social card. */
export interface SiteCard {
  title: string;
  /** The line below the title, where a post's card has its date. */
  subtitle: string;
  /** Alternative text of the image. */
  alt: string;
}

export interface BlogSeoOptions {
  social: SocialImageContext;
  /** Rendered to `themeConfig.image` when both are set. */
  siteCard?: SiteCard;
}

/** The default image of the pages that are not posts. */
export interface SiteImageData {
  width: number;
  height: number;
  type: string;
  alt: string;
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

/** Global data: social images by post permalink, and the site's default image. */
export interface BlogSeoGlobalData {
  images: Record<string, SocialImageData>;
  site?: SiteImageData;
}

export default function blogSeoPlugin(context: LoadContext, options: BlogSeoOptions): Plugin {
  let images: SocialImage[] = [];
  const { image: defaultImage } = context.siteConfig.themeConfig as { image?: unknown };
  const siteImage = typeof defaultImage === 'string' && options.siteCard ? defaultImage : undefined;
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
        ...(siteImage && options.siteCard
          ? {
              site: {
                width: CARD_WIDTH,
                height: CARD_HEIGHT,
                type: 'image/png',
                alt: options.siteCard.alt,
              },
            }
          : {}),
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
      if (siteImage && options.siteCard) {
        const target = path.join(outDir, siteImage.replace(/^\//, ''));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(
          target,
          await renderSocialCard({
            title: options.siteCard.title,
            date: options.siteCard.subtitle,
            siteName: options.social.siteName,
          }),
        );
      }
    },
  };
}
