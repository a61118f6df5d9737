/**
 * Post-build step: the images of the build.
 *
 * - The card and social images plugins/blog made for the posts (and the
 *   site's default social image), copied from the image cache into the build
 *   as they are ready: they were being made while Docusaurus bundled.
 * - No published image keeps EXIF, GPS, XMP or IPTC data. The renditions of
 *   plugins/blog/images carry none; this is the last line of defence for
 *   images that reached the build another way (files in `static/`, such as
 *   author portraits, a front matter `image` Docusaurus emitted as it is).
 * - How often the image pipeline decoded a source in this build, which should
 *   be at most once each: reported, and written to `.docusaurus/` for the
 *   build tests.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BLOG_PLUGIN_NAME, type BlogModelContent } from '../blog';
import { imageStore } from '../blog/images';
import { imageCacheDir } from '../blog/images/cache';
import { stripImageMetadata } from '../blog/images/strip';
import { publishImages } from '../blog/model';
import type { PostBuildStep } from './types';

/** Where the step writes the decode counts of the last build, for the build tests. */
export const DECODES_FILE = 'blog-image-decodes.json';

export const imagesStep: PostBuildStep = {
  name: 'images',
  async run({ outDir, siteDir, content }) {
    const blog = content<BlogModelContent>(BLOG_PLUGIN_NAME);
    const published = blog?.images ?? [];
    await publishImages(published, outDir);
    const stripped = await stripImageMetadata(outDir, new Set(published.map(({ url }) => url)));
    const store = imageStore(imageCacheDir(siteDir));
    const { sources, decodes, most } = store.summary();
    await writeFile(
      path.join(siteDir, '.docusaurus', DECODES_FILE),
      JSON.stringify(Object.fromEntries(store.decodes), null, 2),
    );
    if (most > 1) {
      console.warn(
        `[post-build] een afbeelding is ${most} keer gedecodeerd in deze build (${DECODES_FILE})`,
      );
    }
    return (
      `${blog?.images.length ?? 0} gepubliceerd, ${decodes} keer gedecodeerd ` +
      `(${sources} afbeeldingen), ${stripped.length} ontdaan van metadata`
    );
  },
};
