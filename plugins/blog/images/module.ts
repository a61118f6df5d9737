/**
 * A post image as a module of the bundle (see ./loader.cjs): its `body`
 * renditions from the image pipeline, each `import`ed through Docusaurus'
 * file loader, so the bundler copies them into `assets/images/` with a
 * content hash, in `npm start` as in a build. The original file is never
 * emitted (it may carry EXIF and GPS data).
 */
import path from 'node:path';
import { escapePath, getFileLoaderUtils } from '@docusaurus/utils';
import { BODY_SIZES, imageStore, type RenditionFile } from './index';

/** What `import image from '…?blog-image'` gives the post (`@theme/BlogImage`). */
export interface BodyImageData {
  width: number;
  height: number;
  /** The fallback rendition nearest 800 px, for browsers without `srcset`. */
  src: string;
  webp: [string, number][];
  fallback: [string, number][];
  fallbackType: string;
  /** Full size, metadata stripped. */
  full: string;
  sizes: string;
}

/** The JavaScript module of the post image `source`. */
export async function bodyImageModule(
  source: string,
  cacheDir: string,
  isServer: boolean,
): Promise<string> {
  const { dir, manifest } = await imageStore(cacheDir).renditions(source, ['body']);
  const body = manifest.body!;
  const loader = getFileLoaderUtils(isServer).loaders.inlineMarkdownAssetImageFileLoader;
  const imports: string[] = [];
  const url = (rendition: RenditionFile): string => {
    const name = `rendition${imports.length}`;
    const request = loader + escapePath(path.join(dir, rendition.file));
    imports.push(`import ${name} from ${JSON.stringify(request)};`);
    return name;
  };
  const candidates = (renditions: RenditionFile[]): string =>
    `[${renditions.map((r) => `[${url(r)}, ${r.width}]`).join(', ')}]`;
  const middle =
    body.fallback.find((r) => r.width >= 800) ?? body.fallback[body.fallback.length - 1];
  const data = [
    `width: ${manifest.width}`,
    `height: ${manifest.height}`,
    `src: ${url(middle)}`,
    `webp: ${candidates(body.webp)}`,
    `fallback: ${candidates(body.fallback)}`,
    `fallbackType: ${JSON.stringify(body.fallbackType)}`,
    `full: ${url(body.full)}`,
    `sizes: ${JSON.stringify(BODY_SIZES)}`,
  ];
  return `${imports.join('\n')}\nexport default { ${data.join(', ')} };\n`;
}

/** The file of the loader that makes a post image a module. */
export const BODY_IMAGE_LOADER = path.join(__dirname, 'loader.cjs');

// The bridge ./loader.cjs finds this module by: see there.
(globalThis as Record<symbol, unknown>)[Symbol.for('developer.overheid.nl/blog-images')] = {
  bodyImageModule,
};
