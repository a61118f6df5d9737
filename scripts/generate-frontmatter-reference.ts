/**
 * `npm run generate:guide`: writes the generated pages of the guide in
 * docs/bijdragen/ from the sources the check itself uses:
 *
 * - frontmatter.md from the frontmatter schema (scripts/check-content/schema.ts);
 * - controles.md from the rules (scripts/check-content/rules.ts) and the axe
 *   table (src/mdx/axe-rules.ts), with axe-core's own rule descriptions;
 * - onderdelen.mdx from the allowlist (src/mdx/allowlist.ts) and the
 *   gallery examples (scripts/guide/gallery.ts).
 *
 * `--check` writes nothing and exits 1 when a committed page is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';

import axe from 'axe-core';

import {
  AXE_RULES,
  isGuarded,
  MDX_IMPORT_ALLOWLIST,
  MDX_IMPORT_PREFIX_ALLOWLIST,
  RIJKSHUISSTIJL_COMPONENTS,
  RIJKSHUISSTIJL_PACKAGE,
} from '../src/mdx/rules';
import { TAG_FIELDS } from './check-content/checks/registry';
import { RULES, RULE_IDS, type RuleSpec } from './check-content/rules';

/** The tag in the example of the tags file (blog/tags.yml). */
const EXAMPLE_TAG: Record<(typeof TAG_FIELDS)[number]['key'], string> = {
  label: 'Haven',
  description: 'Open standaard met criteria en best practices voor het gebruik van Kubernetes.',
  permalink: '/haven',
};
import {
  AUTHOR_FIELDS,
  AUTHOR_TYPE_LABELS,
  DESCRIPTION_LENGTH,
  FRONTMATTER_FIELDS,
  REFUSED_KEYS,
  TYPE_LABELS,
  type ContentKind,
} from './check-content/schema';
import { GALLERY } from './guide/gallery';

const GUIDE_DIR = path.resolve(__dirname, '..', 'docs', 'bijdragen');

const NOTICE = (source: string): string =>
  `Deze pagina wordt gemaakt door \`npm run generate:guide\` uit ${source}. Wijzig die bestanden, niet deze pagina.`;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function kindLabel(kinds: readonly ContentKind[]): string {
  return kinds.map((kind) => (kind === 'blog' ? 'artikel' : 'kennisbank')).join(', ');
}

/** What the guide says about a field that is plain text (rule `html-in-tekst`). */
const PLAIN_TEXT_FACT =
  'Platte tekst: HTML erin (een `<` met direct een letter, `/` of `!` erachter) geeft een fout (`html-in-tekst`).';

/** docs/bijdragen/frontmatter.md */
export function renderFrontmatterReference(): string {
  const lines = [
    '---',
    'title: Frontmatter',
    'sidebar_position: 2',
    'description: Alle velden die je bovenaan een artikel of kennisbankpagina kunt zetten, met hun betekenis en een voorbeeld.',
    '---',
    '',
    '# Frontmatter',
    '',
    `${NOTICE('`scripts/check-content/schema.ts`')} De controle \`npm run check:content\` gebruikt dezelfde lijst.`,
    '',
    'De frontmatter staat bovenaan het bestand, tussen twee regels met `---`. Elke regel is `veld: waarde`. Een artikel heeft er bijvoorbeeld deze:',
    '',
    '```yaml',
    '---',
    'title: Haven en Infra as Code',
    'description: Hoe Haven en Infra as Code publieke organisaties helpen om applicaties overal veilig te draaien.',
    'authors: [digilab]',
    'tags: [haven, digitale-autonomie]',
    '---',
    '```',
    '',
    '## Overzicht',
    '',
    '| Veld | Soort waarde | Voor | Verplicht |',
    '| --- | --- | --- | --- |',
  ];
  for (const field of FRONTMATTER_FIELDS) {
    const required = field.requiredFor?.length ? `ja (${kindLabel(field.requiredFor)})` : 'nee';
    lines.push(
      `| [\`${field.key}\`](#${field.key}) | ${cell(TYPE_LABELS[field.type])} | ${kindLabel(field.kinds)} | ${required} |`,
    );
  }
  lines.push('', '## Velden', '');
  for (const field of FRONTMATTER_FIELDS) {
    lines.push(`### \`${field.key}\` {#${field.key}}`, '', field.description, '');
    const facts = [`Soort waarde: ${TYPE_LABELS[field.type]}.`];
    if (field.min !== undefined && field.max !== undefined) {
      facts.push(`Van ${field.min} tot en met ${field.max}.`);
    }
    facts.push(`Voor: ${kindLabel(field.kinds)}.`);
    if (field.plainText) facts.push(PLAIN_TEXT_FACT);
    if (field.requiredFor?.length) {
      facts.push(`Verplicht voor: ${kindLabel(field.requiredFor)}.`);
    }
    lines.push(facts.join(' '), '', '```yaml', field.example, '```', '');
  }
  lines.push(
    '## Niet toegestaan',
    '',
    'Elk veld dat hierboven niet staat, geeft een fout (`frontmatter-onbekend-veld`). Deze velden kent Docusaurus wel, maar op deze site niet:',
    '',
    '| Veld | Waarom niet |',
    '| --- | --- |',
    ...Object.entries(REFUSED_KEYS).map(([key, reason]) => `| \`${key}\` | ${cell(reason)} |`),
    '',
    '## Goed om te weten',
    '',
    `- De \`description\` is het best ${DESCRIPTION_LENGTH.min} tot ${DESCRIPTION_LENGTH.max} tekens lang. Daarbuiten waarschuwt de controle; het artikel wordt wel gepubliceerd.`,
    '- Tekst met een dubbele punt gevolgd door een spatie (`API: de basis`) zet je tussen aanhalingstekens: `title: "API: de basis"`.',
    '- Lijsten schrijf je tussen blokhaken, gescheiden door komma’s: `tags: [api, haven]`.',
    '- Auteurs en tags zijn sleutels uit `blog/authors.yml` en `blog/tags.yml`. Een tikfout geeft een fout met de sleutel die er het meest op lijkt.',
    '',
    '## Auteurs in `blog/authors.yml` {#auteurs}',
    '',
    'Elke auteur staat één keer in `blog/authors.yml`, onder een sleutel die je in `authors` van een artikel schrijft. Een veld dat hieronder niet staat, of een verkeerde waarde, geeft een fout (`auteur-veld`).',
    '',
    '```yaml',
    'digilab:',
    '  name: Digilab',
    '  type: organization',
    '  title: Innovatiewerkplaats voor het Federatief Datastelsel',
    '  page: true',
    '```',
    '',
    '| Veld | Soort waarde | Verplicht | Betekenis |',
    '| --- | --- | --- | --- |',
    ...AUTHOR_FIELDS.map(
      (field) =>
        `| \`${field.key}\` | ${cell(AUTHOR_TYPE_LABELS[field.type])} | ${field.required ? 'ja' : 'nee'} | ${cell(field.description)}${field.plainText ? ` ${PLAIN_TEXT_FACT}` : ''} Voorbeeld: \`${cell(field.example)}\` |`,
    ),
    '',
    '## Tags in `blog/tags.yml` {#tags-bestand}',
    '',
    'Elke tag staat één keer in `blog/tags.yml`, onder een sleutel (kleine letters, cijfers en streepjes) die je in `tags` van een artikel schrijft. Een onbekend of ontbrekend veld geeft een fout (`tag-veld`), een dubbele sleutel ook (`sleutel-dubbel`), en een permalink die niet met `/` begint of al van een andere tag is ook (`tag-permalink`).',
    '',
    '```yaml',
    'haven:',
    ...TAG_FIELDS.map((field) => `  ${field.key}: ${EXAMPLE_TAG[field.key]}`),
    '```',
    '',
    '| Veld | Verplicht | Betekenis |',
    '| --- | --- | --- |',
    ...TAG_FIELDS.map(
      (field) =>
        `| \`${field.key}\` | ${field.required ? 'ja' : 'nee'} | ${cell(field.description)} Voorbeeld: \`${cell(field.example)}\` |`,
    ),
    '',
  );
  return lines.join('\n');
}

/** The axe rules a checker rule guards (src/mdx/axe-rules.ts). */
function axeRulesGuardedBy(rule: string): string[] {
  return Object.entries(AXE_RULES)
    .filter(([, coverage]) => isGuarded(coverage) && coverage.rules.includes(rule))
    .map(([id]) => id)
    .sort();
}

/** WCAG level or kind of an axe rule, from its tags. */
function axeLevel(tags: readonly string[]): string {
  const level = (tag: string): boolean => tags.includes(tag);
  const wcag = level('wcag2aaa')
    ? 'WCAG AAA'
    : level('wcag2aa') || level('wcag21aa') || level('wcag22aa')
      ? 'WCAG AA'
      : level('wcag2a') || level('wcag21a')
        ? 'WCAG A'
        : 'best practice';
  const notes = [
    level('experimental') ? 'experimenteel' : '',
    level('deprecated') ? 'verouderd' : '',
  ].filter(Boolean);
  return notes.length > 0 ? `${wcag} (${notes.join(', ')})` : wcag;
}

/** The section "Toegankelijkheid": every axe rule and what keeps a post from breaking it. */
function renderAxeTable(): string[] {
  const described = new Map(axe.getRules().map((rule) => [rule.ruleId, rule]));
  const rows = Object.entries(AXE_RULES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, coverage]) => {
      const rule = described.get(id);
      const level = rule ? axeLevel(rule.tags) : '';
      const guard = isGuarded(coverage)
        ? `${coverage.rules.map((name) => `\`${name}\``).join(', ')}${coverage.result === 'beoordelen' ? ' (axe: "beoordelen")' : ''}`
        : `niet te breken: ${coverage.reason}`;
      const help = rule?.helpUrl.replace(/\?.*$/, '');
      return `| ${help ? `[\`${id}\`](${help})` : `\`${id}\``} | ${level} | ${cell(guard)} |`;
    });
  const guarded = Object.values(AXE_RULES).filter(isGuarded).length;
  return [
    '## Toegankelijkheid',
    '',
    `De browsertests controleren elke pagina met axe-core ${axe.version} (WCAG 2.2 A en AA). Hieronder staan alle ${Object.keys(AXE_RULES).length} regels van axe, elk met een link naar de uitleg van axe (Engels). Bij ${guarded} ervan kan een artikel de regel breken; dan vindt een controle het al in de pull request, op de regel in je bestand. Bij de andere staat waarom een artikel de regel niet kan breken. "beoordelen" betekent dat axe het geval meldt om na te kijken, niet als fout; de controle is strenger.`,
    '',
    '| axe-regel | Niveau | Controle |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ];
}

/** docs/bijdragen/controles.md */
export function renderChecksReference(): string {
  const lines = [
    '---',
    'title: Controles',
    'sidebar_position: 4',
    'description: Wat npm run check:content controleert, hoe je een melding leest en wat je eraan doet.',
    '---',
    '',
    '# Controles',
    '',
    NOTICE('`scripts/check-content/rules.ts`'),
    '',
    'Bij elke pull request controleert GitHub alle artikelen en kennisbankpagina’s. Op je eigen computer doe je hetzelfde met `npm run check:content`. Elke melding ziet er zo uit:',
    '',
    '```text',
    'blog/2025/07/15-mijn-artikel.md:12:1  fout  afbeelding-alt  De afbeelding ./img/schema.png heeft geen alternatieve tekst. …',
    '```',
    '',
    'Eerst het bestand, de regel en de kolom, dan `fout` of `waarschuwing`, dan de naam van de controle en tot slot wat er mis is en wat je eraan doet. In een pull request staat dezelfde melding bij de regel in het tabblad **Files changed**.',
    '',
    '- Een **fout** houdt de publicatie tegen: los haar op.',
    '- Een **waarschuwing** houdt niets tegen, maar lees haar wel: meestal is het artikel beter als je haar oplost.',
    '',
    '## Alle controles',
    '',
    '| Naam | Soort | Wat er mis is | Toegankelijkheid (axe) |',
    '| --- | --- | --- | --- |',
    ...RULE_IDS.map((id) => {
      const spec: RuleSpec = RULES[id];
      const axeRules = axeRulesGuardedBy(id)
        .map((rule) => `\`${rule}\``)
        .join(', ');
      return `| \`${id}\` | ${spec.severity} | ${cell(spec.summary)} | ${axeRules} |`;
    }),
    '',
    ...renderAxeTable(),
    '## Veiligheid',
    '',
    'Een artikel in MDX is code die in de browser van elke lezer draait. Daarom mag een artikel alleen deze imports gebruiken:',
    '',
    ...Object.entries(MDX_IMPORT_ALLOWLIST).map(
      ([source, names]) =>
        `- \`${source}\`: ${names.map((name) => (name === 'default' ? 'de standaard-export' : `\`${name}\``)).join(', ')}`,
    ),
    ...MDX_IMPORT_PREFIX_ALLOWLIST.map(
      (prefix) => `- alles onder \`${prefix}\` (de eigen onderdelen van de site)`,
    ),
    '',
    'Niet toegestaan zijn onder meer `export`, `<script>`, `<style>`, `<iframe>`, `<object>`, `<embed>`, event-handlers zoals `onClick`, `dangerouslySetInnerHTML`, `srcDoc`, `javascript:`-, `vbscript:`- en `data:`-adressen en JavaScript tussen `{ }` (vaste waarden zoals `{42}` en commentaar `{/* … */}` mogen wel). Ook de site zelf weigert een artikel met zulke code te bouwen.',
    '',
  ];
  return lines.join('\n');
}

function fence(code: string, language: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${language}\n${code}\n${marks}`;
}

/** docs/bijdragen/onderdelen.mdx */
export function renderGallery(): string {
  const lines = [
    '---',
    'title: Onderdelen',
    'sidebar_position: 3',
    'description: Alle componenten, kaders, video’s, diagrammen en tabellen die je in een artikel kunt gebruiken, met de Markdown ernaast.',
    '---',
    '',
    `import { ${RIJKSHUISSTIJL_COMPONENTS.join(', ')} } from '${RIJKSHUISSTIJL_PACKAGE}';`,
    "import Tabs from '@theme/Tabs';",
    "import TabItem from '@theme/TabItem';",
    "import DocCardList from '@theme/DocCardList';",
    "import Voorbeeld from '@site/src/components/Voorbeeld';",
    '',
    '# Onderdelen',
    '',
    `${NOTICE('`src/mdx/allowlist.ts` en `scripts/guide/gallery.ts`')}`,
    '',
    'Alles wat je in een artikel kunt gebruiken, staat op deze pagina: links de Markdown die je schrijft, rechts hoe het eruitziet. Wat hier niet staat, weigert de controle. Begin gewoon met tekst, koppen (`##`), lijsten en links: voor de meeste artikelen is dat genoeg.',
    '',
  ];
  for (const section of GALLERY) {
    lines.push(`## ${section.title}`, '', section.intro, '');
    for (const example of section.examples) {
      const shown = example.importLine
        ? `${example.importLine}\n\n${example.markdown}`
        : example.markdown;
      lines.push(
        `### ${example.title.startsWith(':') ? `\`${example.title}\`` : example.title}`,
        '',
        example.text,
        '',
        '<Voorbeeld>',
        '',
        fence(shown, example.markdown.startsWith('```') || !example.importLine ? 'md' : 'mdx'),
        '',
        example.markdown,
        '',
        '</Voorbeeld>',
        '',
      );
    }
  }
  return lines.join('\n');
}

export const GENERATED_PAGES: ReadonlyArray<[string, () => string]> = [
  ['frontmatter.md', renderFrontmatterReference],
  ['controles.md', renderChecksReference],
  ['onderdelen.mdx', renderGallery],
];

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  let stale = 0;
  for (const [name, render] of GENERATED_PAGES) {
    const file = path.join(GUIDE_DIR, name);
    const content = render();
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === content) {
      continue;
    }
    if (check) {
      console.log(`docs/bijdragen/${name} is niet bijgewerkt: draai npm run generate:guide.`);
      stale += 1;
    } else {
      fs.mkdirSync(GUIDE_DIR, { recursive: true });
      fs.writeFileSync(file, content);
      console.log(`docs/bijdragen/${name} bijgewerkt.`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
