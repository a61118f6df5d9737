/**
 * Markdown tables become focusable, named regions that scroll
 * (plugins/rehype-table-regions), run through MDX as Docusaurus runs it.
 */
import { evaluate } from '@mdx-js/mdx';
import type { ComponentType } from 'react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import rehypeTableRegions from '../../plugins/rehype-table-regions';

async function render(source: string): Promise<string> {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeTableRegions],
  });
  return renderToStaticMarkup(createElement(Content as ComponentType));
}

const TABLE = '| Naam | Wat |\n| --- | --- |\n| a | b |\n';

describe('rehypeTableRegions', () => {
  it('wraps a table in a focusable region named after the heading above it', async () => {
    const html = await render(`## Alle controles\n\n${TABLE}`);
    expect(html).toContain(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel: Alle controles"><table>',
    );
    expect(html).toContain('</table></div>');
  });

  it('numbers a second table under the same heading and names one without a heading', async () => {
    const untitled = await render(TABLE);
    expect(untitled).toContain('aria-label="Tabel"');
    const html = await render(`## Velden\n\n${TABLE}\nTekst.\n\n${TABLE}\n## Meer\n\n${TABLE}`);
    const labels = [...html.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(labels).toEqual(['Tabel: Velden', 'Tabel: Velden (2)', 'Tabel: Meer']);
  });

  it('also wraps a table inside a component', async () => {
    const html = await render(`## Voorbeeld\n\n<div>\n\n${TABLE}\n</div>\n`);
    expect(html).toContain('<div><div class="table-scroll" role="region"');
  });
});
