import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';

import { BUILD, read, walk } from './helpers';

/** Strings only Mermaid's own code (and the parsers it bundles) contains. */
const MERMAID_CODE = ['mermaidAPI', 'chevrotain', 'langium', 'dagre', 'flowchart-v2'];

/** A JS file without the data URLs of pre-rendered diagrams (which name `flowchart-v2`). */
const withoutDataUrls = (js: string): string => js.replace(/"data:image\/svg\+xml,[^"]*"/g, '""');

describe('Mermaid diagrams rendered at build time', () => {
  it('has the diagram on the examples page as an image with alt text and a text version', () => {
    const $ = load(read(BUILD, 'kennisbank/voorbeelden.html'));
    const figure = $('figure.mermaid-diagram');
    expect(figure).toHaveLength(1);
    const img = figure.find('img.mermaid-diagram__image');
    expect(img.attr('src')).toMatch(/^data:image\/svg\+xml,/);
    expect(img.attr('alt')).toMatch(/^Van idee tot gepubliceerd artikel\. /);
    expect(figure.find('details summary').text()).toBe('Tekstversie van het diagram');
    expect(figure.find('details pre').text()).toContain('D -->|Akkoord| E[Gepubliceerd]');
    expect($('code.language-mermaid')).toHaveLength(0);
    expect($('style')).toHaveLength(0);
  });

  it('ships no Mermaid code in any JavaScript file', () => {
    const js = walk(BUILD).filter((file) => file.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    for (const file of js) {
      expect(path.basename(file)).not.toMatch(/mermaid/i);
      const code = withoutDataUrls(read(BUILD, path.relative(BUILD, file)));
      for (const marker of MERMAID_CODE) {
        expect(code.includes(marker), `${marker} in ${path.relative(BUILD, file)}`).toBe(false);
      }
    }
  });
});
