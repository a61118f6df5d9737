/**
 * Rehype plugin: Mermaid diagrams rendered at build time, as static images.
 *
 * Posts write a code block with the language `mermaid`. Docusaurus (with
 * `markdown.mermaid: false`) leaves it a plain `<pre><code
 * class="language-mermaid">`, which this plugin replaces, at build time, by
 *
 *     <figure class="mermaid-diagram">
 *       <img src="data:image/svg+xml,…" alt="…" width="…" height="…">
 *       <details><summary>Tekstversie van het diagram</summary><pre><code>…</code></pre></details>
 *     </figure>
 *
 * using rehype-mermaid, which renders with Mermaid in a headless Chromium
 * (mermaid-isomorphic + Playwright). Readers get no Mermaid JavaScript.
 *
 * Why an `<img>` with an SVG data URL (`strategy: 'img-svg'`) and not inline
 * SVG: Mermaid's SVG carries its own `<style>` element. Inline, that element
 * is blocked by our Content-Security-Policy (`style-src 'self'`), and React
 * would insert it into the DOM on client-side navigation. Inside an image the
 * SVG is a separate document: the page's CSP does not apply to its styles,
 * and it needs only `img-src data:`. The image cannot load the site's web
 * fonts, so the diagram uses Arial (Liberation Sans on Debian, metrically the
 * same), and SVG text labels instead of HTML labels (`htmlLabels: false`),
 * which not every browser draws inside an image.
 *
 * Accessibility: the `alt` text is the diagram's `accTitle` and `accDescr`
 * (Mermaid's accessibility syntax); every diagram also gets a visible,
 * collapsed text version (its source) for readers who cannot see the image.
 *
 * Without a Chromium, a production build fails with a Dutch message naming
 * the file; in development (`npm start`) the diagram is shown as code with a
 * note, so authors without Chromium can still work.
 *
 * Register it in `rehypePlugins` of docs, blog and pages.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import type { LaunchOptions } from 'playwright';
import type { RehypeMermaidOptions } from 'rehype-mermaid';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';

import { CHROMIUM_ARGS, findChromium } from '../lib/chromium';
import { nativeImport } from '../lib/native-require';
import { sharedChromium } from './shared-browser';

export interface RehypeStaticMermaidOptions {
  /**
   * `build` fails when a diagram cannot be rendered; `dev` shows the diagram
   * source with a note instead.
   */
  mode: 'build' | 'dev';
  /** Finds the Chromium binary; throws when there is none. */
  findBrowser?: () => string;
}

/** Class names in the output, styled in src/css/custom.css. */
export const FIGURE_CLASS = 'mermaid-diagram';
export const SOURCE_SUMMARY = 'Tekstversie van het diagram';
/** `alt` of a diagram without `accTitle` and `accDescr`. */
export const DEFAULT_ALT = 'Diagram, zie de tekstversie hieronder';

type RehypeMermaid = (options: RehypeMermaidOptions) => Transformer<Root, Root>;

/**
 * Imports rehype-mermaid with Node's own ESM loader. Docusaurus loads this
 * file (through its config) with jiti, which evaluates `import()`ed modules as
 * CommonJS; mermaid-isomorphic then breaks on `import.meta.resolve`.
 */
async function loadRehypeMermaid(): Promise<RehypeMermaid> {
  const entry = createRequire(__filename).resolve('rehype-mermaid');
  return (await nativeImport<{ default: RehypeMermaid }>(pathToFileURL(entry).href)).default;
}

const INSTALL_HINT = 'Installeer Chromium: apt-get install -y chromium, of zet CHROMIUM_PATH.';

interface Diagram {
  parent: Parent;
  pre: Element;
  source: string;
}

function hasClass(node: Element, name: string): boolean {
  const value: unknown = node.properties?.className;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
  return list.includes(name);
}

function textOf(node: Root | Root['children'][number]): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) {
    return (node.children as Array<Root['children'][number]>)
      .map((child) => textOf(child))
      .join('');
  }
  return '';
}

function isElement(node: ElementContent | undefined): node is Element {
  return node?.type === 'element';
}

/** Every `<pre>` whose only content is a `<code class="language-mermaid">`. */
function findDiagrams(tree: Root): Diagram[] {
  const found: Diagram[] = [];
  const visit = (parent: Parent): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const meaningful = child.children.filter(
        (c) => !(c.type === 'text' && c.value.trim() === ''),
      );
      const code = meaningful[0];
      if (
        child.tagName === 'pre' &&
        meaningful.length === 1 &&
        isElement(code) &&
        code.tagName === 'code' &&
        hasClass(code, 'language-mermaid')
      ) {
        found.push({ parent, pre: child, source: textOf(code).replace(/\n$/, '') });
      } else {
        visit(child);
      }
    }
  };
  visit(tree);
  return found;
}

const text = (value: string): Text => ({ type: 'text', value });

function element(
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element {
  return { type: 'element', tagName, properties, children };
}

/** A plain code block; `language-text` so no plugin takes it for a diagram. */
function codeBlock(source: string): Element {
  return element('pre', {}, [element('code', { className: ['language-text'] }, [text(source)])]);
}

/** The collapsed text version under a rendered diagram. */
function sourceDetails(source: string): Element {
  return element('details', { className: [`${FIGURE_CLASS}__source`] }, [
    element('summary', {}, [text(SOURCE_SUMMARY)]),
    codeBlock(source),
  ]);
}

/** What development shows for a diagram that could not be rendered. */
function fallback(source: string, reason: string): Element {
  return element('figure', { className: [FIGURE_CLASS, `${FIGURE_CLASS}--fallback`] }, [
    element('p', {}, [
      element('strong', {}, [text('Let op: ')]),
      text(
        `dit diagram is niet getekend (${reason}). ` +
          'Je ziet hieronder de broncode. Bij het bouwen van de site moet dit wel lukken.',
      ),
    ]),
    codeBlock(source),
  ]);
}

/** The `alt` text from the diagram's accTitle and accDescr. */
export function altText(title: string | undefined, description: string | undefined): string {
  const parts = [title, description].map((part) => part?.trim()).filter(Boolean);
  return parts.length > 0 ? parts.join('. ') : DEFAULT_ALT;
}

/** Turns rehype-mermaid's `<img>` into ours: Dutch alt, no id or tooltip. */
function finishImage(img: Element): Element {
  const { title, alt, src, width, height } = img.properties;
  return element(
    'img',
    {
      className: [`${FIGURE_CLASS}__image`],
      src,
      alt: altText(
        typeof title === 'string' ? title : undefined,
        typeof alt === 'string' ? alt : undefined,
      ),
      width: typeof width === 'number' ? Math.ceil(width) : width,
      height: typeof height === 'number' ? Math.ceil(height) : height,
      loading: 'lazy',
      decoding: 'async',
    },
    [],
  );
}

/** The file's path relative to the site, as authors know it. */
function shownPath(file: VFile): string {
  return file.path ? path.relative(file.cwd, file.path) || file.path : 'onbekend bestand';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The attacher: `[rehypeStaticMermaid, { mode }]` in `rehypePlugins`.
 */
export default function rehypeStaticMermaid(
  options: RehypeStaticMermaidOptions,
): Transformer<Root, Root> {
  const { mode, findBrowser = findChromium } = options;
  let launchOptions: LaunchOptions | undefined;
  let missingBrowser: string | undefined;
  try {
    launchOptions = { executablePath: findBrowser(), args: [...CHROMIUM_ARGS] };
  } catch (error) {
    missingBrowser = errorMessage(error);
  }

  return async (tree: Root, file: VFile): Promise<void> => {
    const diagrams = findDiagrams(tree);
    if (diagrams.length === 0) return;

    if (!launchOptions) {
      if (mode === 'build') {
        file.fail(
          `Mermaid-diagram in ${shownPath(file)} kan niet worden getekend: geen Chromium gevonden ` +
            `(${missingBrowser}). ${INSTALL_HINT}`,
          diagrams[0].pre,
          'rehype-static-mermaid:no-chromium',
        );
      }
      for (const { parent, pre, source } of diagrams) {
        parent.children[parent.children.indexOf(pre)] = fallback(
          source,
          `geen Chromium gevonden. ${INSTALL_HINT}`,
        );
      }
      return;
    }

    // Each diagram in a figure of its own; rehype-mermaid replaces the <pre>.
    const figures = diagrams.map(({ parent, pre }) => {
      const figure = element('figure', { className: [FIGURE_CLASS] }, [pre]);
      parent.children[parent.children.indexOf(pre)] = figure;
      return figure;
    });

    const rehypeMermaid = await loadRehypeMermaid();
    const mermaidOptions: RehypeMermaidOptions = {
      strategy: 'img-svg',
      // One Chromium for all files of a build, not one per file.
      browserType: sharedChromium(),
      launchOptions,
      mermaidConfig: { theme: 'neutral', htmlLabels: false, flowchart: { htmlLabels: false } },
      errorFallback:
        mode === 'dev'
          ? (pre, diagram, error) =>
              fallback(diagram, `fout in het diagram: ${errorMessage(error)}`)
          : undefined,
    };
    const transform = rehypeMermaid(mermaidOptions);
    try {
      await transform(tree, file, () => undefined);
    } catch (error) {
      if (mode === 'dev' && !('fatal' in Object(error))) {
        // Chromium would not start or crashed: show the code, keep working.
        for (const [index, figure] of figures.entries()) {
          figure.children = [fallback(diagrams[index].source, errorMessage(error))];
        }
        return;
      }
      if (error instanceof Error && 'fatal' in error) throw error;
      file.fail(
        `Mermaid-diagram in ${shownPath(file)} kan niet worden getekend: ${errorMessage(error)}. ` +
          INSTALL_HINT,
        diagrams[0].pre,
        'rehype-static-mermaid:render',
      );
    }

    for (const [index, figure] of figures.entries()) {
      const rendered = figure.children[0];
      if (isElement(rendered) && rendered.tagName === 'img') {
        figure.children = [finishImage(rendered), sourceDetails(diagrams[index].source)];
      } else if (isElement(rendered) && rendered.tagName === 'figure') {
        // A development fallback: no figure inside the figure.
        figure.properties = rendered.properties;
        figure.children = rendered.children;
      }
    }
  };
}
