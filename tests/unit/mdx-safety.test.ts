/**
 * The MDX safety rules are one implementation over one allowlist: the check,
 * the build (the remark guard in docusaurus.config.ts) and the guide use the
 * very same objects.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import config from '../../docusaurus.config';
import * as allowlist from '../../src/mdx/allowlist';
import remarkSafetyGuard, { safetyGuardMessage } from '../../src/mdx/remark-safety-guard';
import { isUnsafeUrl } from '../../src/mdx/safety';
import { parseContentFile } from '../../scripts/check-content/parse';
import { GALLERY } from '../../scripts/guide/gallery';

type PluginOptions = { beforeDefaultRemarkPlugins?: unknown[] };

function classicOptions(): { blog: PluginOptions; docs: PluginOptions } {
  const preset = (config.presets ?? []).find(
    (entry) => Array.isArray(entry) && entry[0] === 'classic',
  ) as [string, { blog: PluginOptions; docs: PluginOptions }];
  return preset[1];
}

describe('one allowlist, one implementation', () => {
  it('the site builds blog and kennisbank with the safety guard', () => {
    const { blog, docs } = classicOptions();
    expect(blog.beforeDefaultRemarkPlugins).toContain(remarkSafetyGuard);
    expect(docs.beforeDefaultRemarkPlugins).toContain(remarkSafetyGuard);
  });

  const scopeFile = path.resolve(__dirname, '../../src/theme/MDXComponents.tsx');
  // The theme's MDX scope comes with the Rijkshuisstijl compatibility layer.
  it.skipIf(!fs.existsSync(scopeFile))(
    'the site builds its MDX scope from the allowlist module',
    () => {
      expect(fs.readFileSync(scopeFile, 'utf8')).toMatch(
        /from '@site\/src\/mdx\/allowlist'|from '\.\.\/mdx\/allowlist'/,
      );
    },
  );

  it('the MDX scope lists the Rijkshuisstijl components of the allowlist itself', () => {
    for (const name of allowlist.RIJKSHUISSTIJL_COMPONENTS) {
      expect(allowlist.MDX_GLOBAL_COMPONENTS).toContain(name);
    }
    expect(allowlist.MDX_IMPORT_ALLOWLIST[allowlist.RIJKSHUISSTIJL_PACKAGE]).toBe(
      allowlist.RIJKSHUISSTIJL_COMPONENTS,
    );
  });

  it('the gallery examples only use allowlisted components', () => {
    const used = GALLERY.flatMap((section) =>
      section.examples.flatMap((example) => example.components ?? []),
    );
    for (const name of used) {
      expect(allowlist.MDX_GLOBAL_COMPONENTS).toContain(name);
    }
  });
});

describe('the build guard', () => {
  const guard = remarkSafetyGuard();

  it('lets a safe post through', () => {
    const { tree } = parseContentFile(
      '---\ntitle: x\n---\nimport { Blockquote } from \'@rijkshuisstijl-community/components-react\';\n\n<Blockquote attribution="a">b</Blockquote>\n',
    );
    expect(() => guard(tree!, { path: 'veilig.mdx' })).not.toThrow();
  });

  it.each([
    ['<script>alert(1)</script>', 'mdx-element'],
    ["import x from 'node:fs';", 'mdx-import'],
    ['export const a = 1;', 'mdx-export'],
    ['<img src="x.png" alt="x" onError="alert(1)" />', 'mdx-attribuut'],
    ['{globalThis.alert(1)}', 'mdx-expressie'],
    ['[x](javascript:alert(1))', 'url-onveilig'],
  ])('refuses %s with a Dutch message and the line', (source, rule) => {
    const { tree } = parseContentFile(`---\ntitle: x\n---\n\n${source}\n`);
    const message = safetyGuardMessage(tree!, 'blog/x.mdx');
    expect(message).toContain(`blog/x.mdx:5:`);
    expect(message).toContain(rule);
    expect(message).toContain('niet gebouwd');
    expect(() => guard(tree!, { path: 'blog/x.mdx' })).toThrow(rule);
  });
});

describe('unsafe URLs', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' \tjava\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox',
    'data:text/html,<script>alert(1)</script>',
  ])('refuses %j', (url) => {
    expect(isUnsafeUrl(url)).toBe(true);
  });

  it.each(['https://example.org', '/blog', './img/x.png', '#anker', 'mailto:a@b.nl', 'javascript'])(
    'allows %j',
    (url) => {
      expect(isUnsafeUrl(url)).toBe(false);
    },
  );
});
