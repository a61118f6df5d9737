/**
 * The remark plugin that writes icon SVG data into posts
 * (plugins/rijkshuisstijl-compat/remark-icons.ts), run through MDX as
 * Docusaurus runs it. `@mdx-js/mdx` comes with Docusaurus (mdx-loader).
 */
import { compile, evaluate } from '@mdx-js/mdx';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import { describe, expect, it, vi } from 'vitest';

import remarkRijkshuisstijlIcons from '@site/plugins/rijkshuisstijl-compat/remark-icons';
import MDXComponents from '@site/src/theme/MDXComponents';

async function render(source: string): Promise<string> {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkRijkshuisstijlIcons],
  });
  const Post = Content as ComponentType<{ components: typeof MDXComponents }>;
  return renderToStaticMarkup(<Post components={MDXComponents} />);
}

async function compiled(source: string): Promise<string> {
  return String(await compile(source, { remarkPlugins: [remarkRijkshuisstijlIcons] }));
}

describe('remark-icons', () => {
  it('gives an <Icon> in the MDX scope its SVG', async () => {
    const out = await render('Lees verder <Icon icon="pijl-naar-rechts" />\n');
    expect(out).toContain('<span class="utrecht-icon" role="presentation" aria-hidden="true"><svg');
    expect(out).toContain('tabler-icon-arrow-narrow-right');
  });

  it('handles flow elements, Alert icons and JSX inside attribute expressions', async () => {
    const out = await render(`
<Icon icon="zoek" />

<Alert type="info" icon="bel">Nieuw</Alert>

<LinkList>
  <LinkListLink href="/blog" icon={<Icon icon="chevron-right" />}>Blog</LinkListLink>
</LinkList>
`);
    expect(out).toContain('tabler-icon-search');
    expect(out).toContain('tabler-icon-bell');
    expect(out).toContain('tabler-icon-chevron-right');
  });

  it('follows import aliases from the Rijkshuisstijl package only', async () => {
    const code = await compiled(`
import { Icon as Pictogram } from '@rijkshuisstijl-community/components-react';
import Icon from '@site/src/components/EigenIcon';

<Pictogram icon="zoek" />

<Icon icon="zoek" />
`);
    expect(code.match(/iconData/g)).toHaveLength(1);
    expect(code).toMatch(/_jsx\(Pictogram, \{\s*icon: "zoek",\s*iconData:/);
  });

  it('carries only the icons the post uses', async () => {
    const code = await compiled('<Icon icon="zoek" />\n');
    expect(code).toContain('tabler');
    expect(code).not.toContain('arrow-narrow-right');
  });

  it('warns about unknown icons and leaves them empty', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const out = await render('<Icon icon="bestaat-niet" />\n');
    expect(out).toBe('<span class="utrecht-icon" role="presentation" aria-hidden="true"></span>');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('bestaat-niet'));
    warn.mockRestore();
  });

  it('can fail the build for unknown icons', async () => {
    await expect(
      compile('<Icon icon="bestaat-niet" />\n', {
        remarkPlugins: [[remarkRijkshuisstijlIcons, { onUnknownIcon: 'throw' }]],
      }),
    ).rejects.toThrow(/bestaat-niet/);
  });
});
