/**
 * Post-build step: the blog's RSS, Atom and JSON feeds (plugins/blog/feeds.ts),
 * each item's content taken from its built page.
 */
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import { BLOG_PLUGIN_NAME } from '../blog';
import { feedGroups, writeFeeds, type FeedSettings } from '../blog/feeds';
import type { PostBuildStep } from './types';

export function feedsStep(settings: FeedSettings, blogBasePath = '/blog/'): PostBuildStep {
  return {
    name: 'feeds',
    async run({ content, siteConfig, outDir }) {
      const blog = content<BlogContent>(BLOG_PLUGIN_NAME);
      if (!blog) return 'geen blog';
      const groups = feedGroups(blog, settings, blogBasePath);
      const posts = await writeFeeds(groups, settings, { siteConfig, outDir });
      return `${groups.length * 3} feeds, ${posts} artikelen`;
    },
  };
}
