/**
 * Remark plugin: turns each local raster image in a post into
 * `<BlogImage>` (see `../theme/BlogImage`), a link to the full-size image around
 * a `<picture>` with WebP and fallback `srcset`s, `width`/`height`, and lazy
 * loading for every image but the first.
 *
 * It runs before Docusaurus' own image plugin, so that plugin never sees
 * these images and the bundler never emits the original file (which may carry
 * EXIF and GPS data). The renditions are `require`d through file-loader, as
 * Docusaurus does for Markdown images, so the bundler copies them into
 * `assets/images/` with a content hash, in `docusaurus start` as in a build.
 */
import path from 'node:path';
import type { Options as AcornOptions } from 'acorn';
import { escapePath, getFileLoaderUtils, posixPath } from '@docusaurus/utils';
import type { Image, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { nativeRequire } from '../../lib/native-require';
import { BODY_SIZES, imageStore, type RenditionFile } from '../images';
import { RASTER_IMAGE, resolveLocalImage } from '../images/source';

const { parse } = nativeRequire<typeof import('acorn')>('acorn');
const { visit } = nativeRequire<typeof import('unist-util-visit')>('unist-util-visit');

export interface RemarkBlogImagesOptions {
  siteDir: string;
  /** Absolute static directories, for `/img/…` URLs. */
  staticDirs: string[];
  /** The image cache (../images/cache.ts). */
  cacheDir: string;
}

/** Local name of the imported component; unlikely to clash with a post's own imports. */
const COMPONENT = 'BlogImage__responsive';

const ACORN: AcornOptions = { ecmaVersion: 'latest', sourceType: 'module' };

/** An MDX expression node value with the estree MDX needs to compile it. */
function expression(source: string): {
  type: 'mdxJsxAttributeValueExpression';
  value: string;
  data: { estree: ReturnType<typeof parse> };
} {
  return {
    type: 'mdxJsxAttributeValueExpression',
    value: source,
    data: { estree: parse(source, ACORN) },
  };
}

interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value: string | ReturnType<typeof expression>;
}

function attr(name: string, value: string | ReturnType<typeof expression>): JsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

export default function remarkBlogImages(options: RemarkBlogImagesOptions) {
  return async (root: Root, vfile: VFile): Promise<void> => {
    const isServer = (vfile.data as { compilerName?: string }).compilerName === 'server';
    const loader = getFileLoaderUtils(isServer).loaders.inlineMarkdownAssetImageFileLoader;
    const markdownFile = vfile.path;
    const requireOf = (file: string): string => {
      let rel = posixPath(path.relative(path.dirname(markdownFile), file));
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return `require(${JSON.stringify(loader + escapePath(rel))}).default`;
    };
    const store = imageStore(options.cacheDir);

    const found: { node: Image; index: number; parent: Parent; file: string }[] = [];
    visit(root, 'image', (node: Image, index, parent) => {
      if (!parent || index === undefined) return;
      const file = resolveLocalImage(node.url, markdownFile, options);
      if (file && RASTER_IMAGE.test(file)) found.push({ node, index, parent, file });
    });
    if (found.length === 0) return;

    await Promise.all(
      found.map(async ({ node, index, parent, file }, position) => {
        const { dir, manifest } = await store.renditions(file, ['body']);
        const image = manifest.body!;
        const fileOf = (r: RenditionFile): string => path.join(dir, r.file);
        const srcSet = (renditions: RenditionFile[]): string =>
          `[${renditions.map((r) => `[${requireOf(fileOf(r))}, ${r.width}]`).join(', ')}]`;
        const middle =
          image.fallback.find((r) => r.width >= 800) ?? image.fallback[image.fallback.length - 1];
        const attributes: JsxAttribute[] = [
          attr('alt', node.alt ?? ''),
          attr('width', String(manifest.width)),
          attr('height', String(manifest.height)),
          attr('src', expression(requireOf(fileOf(middle)))),
          attr('webp', expression(srcSet(image.webp))),
          attr('fallback', expression(srcSet(image.fallback))),
          attr('fallbackType', image.fallbackType),
          attr('full', expression(requireOf(fileOf(image.full)))),
          attr('sizes', BODY_SIZES),
          // The first image of a post is usually in view on load: fetch it
          // at once; the rest when the reader scrolls near them.
          attr('loading', position === 0 ? 'eager' : 'lazy'),
        ];
        if (node.title) attributes.push(attr('title', node.title));
        parent.children[index] = {
          type: 'mdxJsxTextElement',
          name: COMPONENT,
          attributes,
          children: [],
        } as unknown as Image; // an MDX JSX node in the place of the image node
      }),
    );

    const importSource = `import ${COMPONENT} from '@theme/BlogImage';`;
    root.children.unshift({
      type: 'mdxjsEsm',
      value: importSource,
      data: { estree: parse(importSource, ACORN) },
    } as unknown as Root['children'][number]); // an MDX ESM node, unknown to plain mdast types
  };
}
