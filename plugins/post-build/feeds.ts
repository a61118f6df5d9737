/**
 * Post-build step: the blog's RSS, Atom and JSON feeds (plugins/blog/feeds.ts),
 * each item's content taken from its built page.
 */
import { stat } from 'node:fs/promises';
import { BLOG_PLUGIN_NAME, type BlogModelContent } from '../blog';
import { feedGroups, writeFeeds, type FeedSettings } from '../blog/feeds';
import type { PostBuildStep } from './types';

export function feedsStep(settings: FeedSettings, blogBasePath = '/blog/'): PostBuildStep {
  return {
    name: 'feeds',
    async run({ content, siteConfig, outDir }) {
      const blog = content<BlogModelContent>(BLOG_PLUGIN_NAME);
      if (!blog) return 'geen blog';
      const groups = feedGroups(blog, settings, blogBasePath);
      // The item images' sizes from the image cache: the images step may
      // still be copying them into the build.
      const images = new Map(blog.images.map((image) => [`/${image.url}`, image]));
      const imageBytes = async (url: string): Promise<number> => {
        const image = images.get(url);
        if (!image) throw new Error(`plugins/blog: geen afbeelding ${url} gepubliceerd`);
        return (await stat(await image.file())).size;
      };
      const posts = await writeFeeds(groups, settings, { siteConfig, outDir, imageBytes });
      return `${groups.length * 3} feeds, ${posts} artikelen`;
    },
  };
}
