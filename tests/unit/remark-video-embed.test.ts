import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import { describe, expect, it } from 'vitest';

import remarkVideoEmbed from '../../plugins/remark-video-embed';

/** Compiles MDX (or Markdown) the way Docusaurus does, to JSX source. */
async function toJsx(value: string, format: 'mdx' | 'md' = 'mdx'): Promise<string> {
  const result = await compile(
    { path: `blog/2025/01/01-voorbeeld.${format}`, value },
    { format, jsx: true, remarkPlugins: [remarkDirective, remarkVideoEmbed] },
  );
  return String(result);
}

/** The mdast after the plugin ran, to see what it left alone. */
async function treeAfterPlugin(value: string): Promise<Root> {
  let captured: Root | undefined;
  const capture = () => (tree: Root) => {
    captured = structuredClone(tree);
  };
  await compile(value, { remarkPlugins: [remarkDirective, remarkVideoEmbed, capture] });
  if (!captured) {
    throw new Error('capture plugin did not run');
  }
  return captured;
}

const IMPORT = "import VideoEmbed from '@site/src/components/VideoEmbed';";

describe('remark-video-embed', () => {
  it('turns ::video-vimeo into the VideoEmbed component and imports it', async () => {
    const jsx = await toJsx('# Kop\n\n::video-vimeo[Titel van de video]{id=981808944}\n');
    expect(jsx).toContain(IMPORT);
    expect(jsx).toContain(
      '<VideoEmbed provider="vimeo" id="981808944" title="Titel van de video" />',
    );
  });

  it('turns ::video-youtube into the VideoEmbed component', async () => {
    const jsx = await toJsx('::video-youtube[Een *YouTube* video]{id=M7lc1UVf-VE}\n');
    expect(jsx).toContain(IMPORT);
    expect(jsx).toContain(
      '<VideoEmbed provider="youtube" id="M7lc1UVf-VE" title="Een YouTube video" />',
    );
  });

  it('accepts the #id shorthand and works in .md files', async () => {
    const jsx = await toJsx('Tekst.\n\n::video-youtube[Titel]{#a-b_c123456}\n', 'md');
    expect(jsx).toContain(IMPORT);
    expect(jsx).toContain('<VideoEmbed provider="youtube" id="a-b_c123456" title="Titel" />');
  });

  it('imports the component once for several videos, and not over an own import', async () => {
    const two = await toJsx('::video-vimeo[Een]{id=1}\n\n::video-vimeo[Twee]{id=2}\n');
    expect(two.split(IMPORT)).toHaveLength(2);

    const own = await toJsx(
      "import VideoEmbed from '@site/src/components/VideoEmbed';\n\n::video-vimeo[Een]{id=1}\n",
    );
    expect(own.split('import VideoEmbed')).toHaveLength(2);
  });

  it('fails on an invalid Vimeo id with a Dutch message naming file and line', async () => {
    await expect(toJsx('# Kop\n\nTekst.\n\n::video-vimeo[Titel]{id=12ab}\n')).rejects.toThrow(
      'Ongeldige video in blog/2025/01/01-voorbeeld.mdx, regel 5: "12ab" is geen geldig Vimeo-id',
    );
  });

  it('fails on an invalid YouTube id with the line', async () => {
    await expect(toJsx('::video-youtube[Titel]{id=te-kort}\n')).rejects.toThrow(
      /regel 1: "te-kort" is geen geldig YouTube-id; een YouTube-id bestaat uit precies 11 tekens/,
    );
  });

  it('fails on a missing id or title', async () => {
    await expect(toJsx('\n::video-vimeo[Titel]\n')).rejects.toThrow(
      /regel 2: ::video-vimeo\[Titel\] heeft geen id\. Schrijf bijvoorbeeld: ::video-vimeo\[Titel van de video\]\{id=981808944\}/,
    );
    await expect(toJsx('::video-youtube{id=M7lc1UVf-VE}\n')).rejects.toThrow(
      /regel 1: ::video-youtube heeft geen titel/,
    );
  });

  it('fails on a video written as text or container directive', async () => {
    await expect(toJsx('Kijk :video-vimeo[Titel]{id=1} hier.\n')).rejects.toThrow(
      /zet ::video-vimeo met twee dubbele punten op een eigen regel/,
    );
  });

  it('reports the position on the error', async () => {
    const error: unknown = await toJsx('\n\n::video-vimeo[Titel]{id=x}\n').catch((e: unknown) => e);
    expect(error).toMatchObject({ line: 3, column: 1, ruleId: 'video-embed' });
  });

  it('leaves other directives and files without videos untouched', async () => {
    const tree = await treeAfterPlugin(
      '::other-leaf[Label]{id=123}\n\n:::note[Let op]\nTekst\n:::\n\nTekst met :kbd[Ctrl].\n',
    );
    const types = tree.children.map((node) => node.type);
    expect(types).toEqual(['leafDirective', 'containerDirective', 'paragraph']);
    expect(tree.children[0]).toMatchObject({ name: 'other-leaf', attributes: { id: '123' } });
    expect(tree.children[1]).toMatchObject({ name: 'note' });

    const jsx = await toJsx('# Geen video\n\nAlleen tekst.\n');
    expect(jsx).not.toContain('VideoEmbed');
  });
});
