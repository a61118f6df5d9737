/**
 * Responsive, metadata-free images for the blog.
 *
 * - `remark.ts` (registered as a `beforeDefaultRemarkPlugins` entry of the
 *   blog) rewrites Markdown images into `<BlogImage>` with renditions made by
 *   sharp.
 * - This plugin provides the `BlogImage` theme component and, after the
 *   build, strips metadata from any image that reached the build another way
 *   (a cover `image` in front matter, which Docusaurus emits as it is; files
 *   in `static/`, such as author portraits): no published image keeps EXIF,
 *   GPS, XMP or IPTC data.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { stripImageMetadata } from './strip';

export { default as remarkBlogImages } from './remark';

export default function blogImagesPlugin(_context: LoadContext): Plugin {
  return {
    name: 'blog-images',
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(__dirname, 'theme');
    },
    async postBuild({ outDir }) {
      await stripImageMetadata(outDir);
    },
  };
}
