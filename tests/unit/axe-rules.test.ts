/**
 * The axe table (src/mdx/axe-rules.ts) covers axe-core's full rule list, names
 * real checker rules and fixtures, and the ARIA lists the checker reads
 * (src/mdx/accessibility.ts) agree with axe-core's own ARIA data. That each
 * fixture really makes axe report its rule is proved in Chromium by the
 * corpus test (tests/build/corpus.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';

import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { RULES } from '../../scripts/check-content/rules';
import {
  ARIA_ATTRIBUTES,
  ARIA_ROLES,
  ARIA_ROLES_NEEDING_NAME,
  AXE_RULES,
  MDX_HTML_ELEMENTS,
  NAMING_PROHIBITED_ELEMENTS,
  isGuarded,
} from '../../src/mdx/rules';
import { FIXTURES, type Expectation } from './helpers/fixtures';

interface Standards {
  ariaAttrs: Record<string, { deprecated?: boolean }>;
  ariaRoles: Record<
    string,
    { type: string; deprecated?: boolean; accessibleNameRequired?: boolean }
  >;
  htmlElms: Record<
    string,
    { namingProhibited?: boolean; variant?: { default?: { namingProhibited?: boolean } } }
  >;
}

// axe.utils.getStandards is public but missing from axe-core's type definitions.
const standards = (axe.utils as unknown as { getStandards(): Standards }).getStandards();

describe('the axe table', () => {
  it('classifies every rule of the installed axe-core, and nothing else', () => {
    const installed = axe
      .getRules()
      .map((rule) => rule.ruleId)
      .sort();
    expect(Object.keys(AXE_RULES).sort()).toEqual(installed);
  });

  it.each(Object.entries(AXE_RULES))('%s names real checker rules and fixtures', (_, coverage) => {
    for (const rule of coverage.rules ?? []) expect(Object.keys(RULES)).toContain(rule);
    if (isGuarded(coverage)) {
      expect(coverage.fixtures.length).toBeGreaterThan(0);
      for (const fixture of coverage.fixtures) {
        const file = path.join(FIXTURES, 'bad', fixture, 'expect.json');
        expect(fs.existsSync(file), `${fixture} is a bad fixture`).toBe(true);
        const expectation = JSON.parse(fs.readFileSync(file, 'utf8')) as Expectation;
        expect(coverage.rules).toContain(expectation.rule);
      }
    } else {
      expect(coverage.reason.length).toBeGreaterThan(20);
    }
  });

  it('is in the guide: one row per axe rule', () => {
    const page = fs.readFileSync(path.join(__dirname, '../../docs/bijdragen/controles.md'), 'utf8');
    for (const id of Object.keys(AXE_RULES)) {
      expect(page).toMatch(new RegExp(`^\\| \\[\`${id}\`\\]\\(`, 'm'));
    }
  });
});

describe("the ARIA lists agree with axe-core's ARIA data", () => {
  it('allowed attributes exist and are not deprecated', () => {
    for (const name of Object.keys(ARIA_ATTRIBUTES)) {
      expect(standards.ariaAttrs[name], name).toBeDefined();
      expect(standards.ariaAttrs[name].deprecated, name).toBeFalsy();
    }
  });

  it('allowed roles exist, are concrete and not deprecated; the ones needing a name are marked', () => {
    for (const role of ARIA_ROLES) {
      const spec = standards.ariaRoles[role];
      expect(spec, role).toBeDefined();
      expect(spec.type, role).not.toBe('abstract');
      expect(spec.deprecated, role).toBeFalsy();
      expect(ARIA_ROLES_NEEDING_NAME.includes(role), role).toBe(
        Boolean(spec.accessibleNameRequired),
      );
    }
  });

  it('elements whose role may not be named are exactly those axe knows', () => {
    const prohibited = MDX_HTML_ELEMENTS.filter((element) => {
      const spec = standards.htmlElms[element];
      return Boolean(
        spec?.variant ? spec.variant.default?.namingProhibited : spec?.namingProhibited,
      );
    }).filter((element) => element !== 'a'); // `a` only without href: the checker looks at href
    expect([...NAMING_PROHIBITED_ELEMENTS].sort()).toEqual(prohibited.sort());
  });
});
