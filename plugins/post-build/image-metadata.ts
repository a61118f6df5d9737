/**
 * Post-build step: no published image keeps EXIF, GPS, XMP or IPTC data.
 * The renditions of plugins/blog/images carry none; this is the last line of
 * defence for images that reached the build another way (files in `static/`,
 * such as author portraits, a front matter `image` Docusaurus emitted as it
 * is). It also reports how often the image pipeline decoded a source in this
 * build, which should be at most once each (plugins/blog/images), and writes
 * the counts to `.docusaurus/` for the build tests.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { imageStore } from '../blog/images';
import { imageCacheDir } from '../blog/images/cache';
import { stripImageMetadata } from '../blog/images/strip';
import type { PostBuildStep } from './types';

/** Where the step writes the decode counts of the last build, for the build tests. */
export const DECODES_FILE = 'blog-image-decodes.json';

export const imageMetadataStep: PostBuildStep = {
  name: 'images',
  async run({ outDir, siteDir }) {
    const stripped = await stripImageMetadata(outDir);
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
    return `${decodes} keer gedecodeerd (${sources} afbeeldingen), ${stripped.length} ontdaan van metadata`;
  },
};
