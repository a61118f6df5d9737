/**
 * The guide's generated pages are up to date with the schema, the rules and
 * the allowlist, and the gallery shows every allowed component.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { GENERATED_PAGES } from '../../scripts/generate-frontmatter-reference';
import { GALLERY } from '../../scripts/guide/gallery';
import { RULE_IDS } from '../../scripts/check-content/rules';
import { FRONTMATTER_FIELDS } from '../../scripts/check-content/schema';
import {
  ADMONITION_TYPES,
  MDX_GLOBAL_COMPONENTS,
  MDX_IMPORT_ALLOWLIST,
  RIJKSHUISSTIJL_COMPONENTS,
  VIDEO_DIRECTIVES,
} from '../../src/mdx/allowlist';

const GUIDE = path.resolve(__dirname, '../../docs/bijdragen');

describe('generated guide pages', () => {
  it.each(GENERATED_PAGES.map(([name, render]) => [name, render] as const))(
    '%s is up to date (run npm run generate:guide)',
    (name, render) => {
      expect(fs.readFileSync(path.join(GUIDE, name), 'utf8')).toBe(render());
    },
  );

  it('the frontmatter reference names every field of the schema', () => {
    const page = fs.readFileSync(path.join(GUIDE, 'frontmatter.md'), 'utf8');
    for (const field of FRONTMATTER_FIELDS) {
      expect(page).toContain(`### \`${field.key}\``);
    }
  });

  it('the checks page names every rule', () => {
    const page = fs.readFileSync(path.join(GUIDE, 'controles.md'), 'utf8');
    for (const rule of RULE_IDS) {
      expect(page).toContain(`| \`${rule}\` |`);
    }
  });
});

describe('component gallery', () => {
  const page = fs.readFileSync(path.join(GUIDE, 'onderdelen.mdx'), 'utf8');
  // What renders: the page without its code blocks.
  const rendered = page.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '');
  const shown = new Set(
    GALLERY.flatMap((section) => section.examples.flatMap((example) => example.components ?? [])),
  );

  it.each([...MDX_GLOBAL_COMPONENTS])('shows <%s> rendered', (component) => {
    expect(shown.has(component)).toBe(true);
    expect(rendered).toMatch(new RegExp(`<${component}[\\s/>]`));
  });

  it('imports every Rijkshuisstijl component and every allowed import source', () => {
    for (const component of RIJKSHUISSTIJL_COMPONENTS) {
      expect(page).toContain(component);
    }
    for (const source of Object.keys(MDX_IMPORT_ALLOWLIST)) {
      expect(page).toContain(`'${source}'`);
    }
  });

  it.each([...ADMONITION_TYPES])('shows the :::%s admonition', (type) => {
    expect(rendered).toContain(`\n:::${type}[`);
  });

  it.each(Object.keys(VIDEO_DIRECTIVES))('shows the ::%s directive', (name) => {
    expect(rendered).toMatch(new RegExp(`\\n::${name}\\[[^\\]]+\\]\\{id=`));
  });

  it('shows a mermaid diagram', () => {
    expect(page).toContain('\n```mermaid\n');
  });
});
