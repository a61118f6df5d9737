import { compile } from '@mdx-js/mdx';
import { afterAll, describe, expect, it } from 'vitest';

import rehypeStaticMermaid, {
  DEFAULT_ALT,
  SOURCE_SUMMARY,
  altText,
  type RehypeStaticMermaidOptions,
} from '../../plugins/rehype-static-mermaid';
import { closeSharedChromium } from '../../plugins/rehype-static-mermaid/shared-browser';

const DIAGRAM = [
  '```mermaid',
  'flowchart LR',
  '  accTitle: Van idee tot artikel',
  '  accDescr: Een idee wordt een concept en daarna een artikel.',
  '  A[Idee] --> B[Concept] --> C[Artikel]',
  '```',
].join('\n');

/** Compiles MDX the way Docusaurus does (rehypePlugins), to JSX source. */
async function toJsx(value: string, options: RehypeStaticMermaidOptions): Promise<string> {
  const result = await compile(
    { path: 'docs/voorbeeld.mdx', value },
    { jsx: true, rehypePlugins: [[rehypeStaticMermaid, options]] },
  );
  return String(result);
}

const noBrowser = (): string => {
  throw new Error('No Chromium found.');
};

afterAll(async () => {
  await closeSharedChromium();
});

describe('rehype-static-mermaid', () => {
  it('renders a diagram at build time into a figure with an SVG image and no <style>', async () => {
    const jsx = await toJsx(`# Kop\n\n${DIAGRAM}\n`, { mode: 'build' });
    expect(jsx).toMatch(
      /<_components.figure className="mermaid-diagram"><_components.img className="mermaid-diagram__image" src="data:image\/svg\+xml,/,
    );
    expect(jsx).toContain(
      'alt="Van idee tot artikel. Een idee wordt een concept en daarna een artikel."',
    );
    expect(jsx).toContain(`<_components.summary>{"${SOURCE_SUMMARY}"}</_components.summary>`);
    expect(jsx).toContain('A[Idee] --> B[Concept] --> C[Artikel]');
    // The SVG's own <style> lives inside the data URL, never as an element.
    expect(jsx).not.toMatch(/<style[\s>]/);
    expect(jsx).not.toContain('language-mermaid');
  }, 60_000);

  it('leaves other code blocks alone and starts no browser for them', async () => {
    const jsx = await toJsx('```js\nconst a = 1;\n```\n', {
      mode: 'build',
      findBrowser: noBrowser,
    });
    expect(jsx).toContain('language-js');
    expect(jsx).not.toContain('mermaid-diagram');
  });

  it('fails a production build without Chromium, in Dutch, naming the file', async () => {
    await expect(toJsx(DIAGRAM, { mode: 'build', findBrowser: noBrowser })).rejects.toThrow(
      /docs\/voorbeeld\.mdx.*geen Chromium gevonden.*apt-get install -y chromium, of zet CHROMIUM_PATH/,
    );
  });

  it('shows the source with a Dutch note in development without Chromium', async () => {
    const jsx = await toJsx(DIAGRAM, { mode: 'dev', findBrowser: noBrowser });
    expect(jsx).toContain('mermaid-diagram--fallback');
    expect(jsx).toContain('niet getekend');
    expect(jsx).toContain('A[Idee] --> B[Concept] --> C[Artikel]');
    expect(jsx).not.toContain('<img');
  });

  it('builds the alt text from accTitle and accDescr', () => {
    expect(altText('Titel', 'Beschrijving')).toBe('Titel. Beschrijving');
    expect(altText(undefined, 'Beschrijving')).toBe('Beschrijving');
    expect(altText(undefined, undefined)).toBe(DEFAULT_ALT);
  });
});
