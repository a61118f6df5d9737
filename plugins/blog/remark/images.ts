/**
 * Remark plugin: turns each local raster image in a post into
 * `<BlogImage>` (see `../theme/BlogImage`), a link to the full-size image around
 * a `<picture>` with WebP and fallback `srcset`s, `width`/`height`, and lazy
 * loading for every image but the first.
 *
 * The image itself becomes an import through the image loader
 * (../images/loader.cjs): a module of the bundle, which the bundler watches,
 * holding the renditions of the image pipeline (../images/module.ts). So an
 * edited image shows in `npm start` and in the next build, and the post's
 * compilation does not wait for the renditions.
 *
 * An image the author put inside a link (`[![alt](./img/x.png)](https://…)`)
 * keeps the author's link: `<BlogImage linked>` renders no link of its own,
 * so the page has one `<a>` with the author's target around the picture. A
 * link to the image's own file becomes the image's own full-size link.
 *
 * It runs before Docusaurus' own image plugin, so that plugin never sees
 * these images and the bundler never emits the original file (which may carry
 * EXIF and GPS data).
 */
import path from 'node:path';
import type { Options as AcornOptions } from 'acorn';
import { escapePath, posixPath } from '@docusaurus/utils';
import type { Image, Link, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { nativeRequire } from '../../lib/native-require';
import { BODY_IMAGE_LOADER } from '../images/module';
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

/** An MDX ESM node (an import) with the estree MDX needs to compile it. */
function esm(source: string): Root['children'][number] {
  // An MDX node, unknown to plain mdast types.
  return {
    type: 'mdxjsEsm',
    value: source,
    data: { estree: parse(source, ACORN) },
  } as unknown as Root['children'][number];
}

interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value: string | { type: 'mdxJsxAttributeValueExpression'; value: string; data: object };
}

function attr(name: string, value: JsxAttribute['value']): JsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** An attribute whose value is the identifier `name`. */
function identifierAttr(attribute: string, name: string): JsxAttribute {
  return attr(attribute, {
    type: 'mdxJsxAttributeValueExpression',
    value: name,
    data: { estree: parse(name, ACORN) },
  });
}

export default function remarkBlogImages(options: RemarkBlogImagesOptions) {
  const loader = `!!${escapePath(BODY_IMAGE_LOADER)}?${JSON.stringify({ cache: options.cacheDir })}!`;
  return (root: Root, vfile: VFile): void => {
    const markdownFile = vfile.path;
    // A link around an image, to that image's own file: the image's own link.
    visit(root, 'link', (node: Link, index, parent) => {
      if (!parent || index === undefined) return;
      const content = node.children.filter(
        (child) => !(child.type === 'text' && child.value.trim() === ''),
      );
      const [image] = content;
      if (content.length !== 1 || image.type !== 'image') return;
      const target = resolveLocalImage(node.url, markdownFile, options);
      if (target && target === resolveLocalImage(image.url, markdownFile, options)) {
        parent.children[index] = image;
      }
    });
    const found: { node: Image; index: number; parent: Parent; file: string }[] = [];
    visit(root, 'image', (node: Image, index, parent) => {
      if (!parent || index === undefined) return;
      const file = resolveLocalImage(node.url, markdownFile, options);
      if (file && RASTER_IMAGE.test(file)) found.push({ node, index, parent, file });
    });
    if (found.length === 0) return;

    const imports: string[] = [`import ${COMPONENT} from '@theme/BlogImage';`];
    found.forEach(({ node, index, parent, file }, position) => {
      const name = `${COMPONENT}_${position}`;
      let relative = posixPath(path.relative(path.dirname(markdownFile), file));
      if (!relative.startsWith('.')) relative = `./${relative}`;
      imports.push(`import ${name} from ${JSON.stringify(loader + escapePath(relative))};`);
      const attributes: JsxAttribute[] = [
        identifierAttr('image', name),
        attr('alt', node.alt ?? ''),
        // The first image of a post is usually in view on load: fetch it
        // at once; the rest when the reader scrolls near them.
        attr('loading', position === 0 ? 'eager' : 'lazy'),
      ];
      if (node.title) attributes.push(attr('title', node.title));
      if (parent.type === 'link') {
        attributes.push({
          type: 'mdxJsxAttribute',
          name: 'linked',
          value: null,
        } as unknown as JsxAttribute);
      }
      parent.children[index] = {
        type: 'mdxJsxTextElement',
        name: COMPONENT,
        attributes,
        children: [],
      } as unknown as Image; // an MDX JSX node in the place of the image node
    });
    root.children.unshift(...imports.map(esm));
  };
}
