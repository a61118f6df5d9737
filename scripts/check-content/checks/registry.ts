/**
 * The two registries of the blog, `blog/authors.yml` and `blog/tags.yml`,
 * as files in their own right: a key written twice, a tag field the site
 * does not know (`lable:`) or lacks, and tag permalinks that are not a
 * clean path or that two tags share. Author fields are checked in site.ts
 * (rule `auteur-veld`); YAML errors are worded in Dutch by yamlErrorText.
 */
import fs from 'node:fs';
import path from 'node:path';

import {
  LineCounter,
  isMap,
  isScalar,
  parseDocument,
  type Node,
  type Pair,
  type Scalar,
  type YAMLError,
} from 'yaml';

import { problem, type Problem } from '../rules';
import { checkFields } from './fields';

/** The fields of a tag in `blog/tags.yml`: what Docusaurus reads. Read by the guide too. */
export const TAG_FIELDS = [
  {
    key: 'label',
    required: true,
    description: 'De naam van de tag zoals lezers die zien, bij het artikel en op de tagpagina.',
    example: 'label: Open source',
  },
  {
    key: 'description',
    required: true,
    description: 'Eén regel uitleg: staat bovenaan de tagpagina en in zoekmachines.',
    example:
      'description: Software waarvan de broncode openbaar is en die iedereen mag hergebruiken.',
  },
  {
    key: 'permalink',
    required: false,
    description:
      'Het webadres van de tagpagina onder `/blog/tags`, met een `/` ervoor. Zonder permalink is dat de sleutel.',
    example: 'permalink: /open-source',
  },
] as const;

/** A key of authors.yml or tags.yml, and a tag permalink without its slash. */
export const REGISTRY_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The Dutch text for a YAML syntax error of the `yaml` package (code, not its English message). */
export function yamlErrorText(error: Pick<YAMLError, 'code' | 'message'>): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return 'een sleutel staat twee keer in hetzelfde blok';
    case 'MISSING_CHAR':
      return /quote/i.test(error.message)
        ? 'een aanhalingsteken wordt niet gesloten; zet er aan het eind van de tekst een zelfde aanhalingsteken achter'
        : 'er ontbreekt een teken, bijvoorbeeld een sluitend haakje of aanhalingsteken';
    case 'BAD_INDENT':
    case 'TAB_AS_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'de inspringing klopt niet: gebruik spaties (geen tabs), en evenveel voor velden van hetzelfde blok';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
    case 'BAD_SCALAR_START':
      return 'deze regel is geen `veld: waarde`; begint de waarde met een teken als `:`, `#`, `[`, `{`, `@` of `*`, zet haar dan tussen aanhalingstekens';
    case 'MULTIPLE_DOCS':
      return 'het bestand bevat meer dan één document (een regel `---`)';
    default:
      return 'de opbouw klopt niet; vergelijk de regel met de voorbeelden in de handleiding';
  }
}

type Kind = 'authors' | 'tags';

interface RegistryText {
  relative: string;
  text: string;
}

function at(lineCounter: LineCounter, node: Node | Pair['key'] | null | undefined) {
  const offset = (node as Node | null | undefined)?.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** Keys written twice: a fout at the second (and later) one. */
function duplicateKeys(
  pairs: readonly Pair[],
  lineCounter: LineCounter,
  relative: string,
  what: string,
): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const pair of pairs) {
    const key = keyText(pair.key);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(
        problem(
          'sleutel-dubbel',
          relative,
          at(lineCounter, pair.key),
          `${what} ${key} staat al op regel ${first}. Elke sleutel komt één keer voor: voeg de twee samen of kies een andere sleutel.`,
        ),
      );
    } else {
      seen.set(key, at(lineCounter, pair.key).line);
    }
  }
  return problems;
}

function checkTags(pairs: readonly Pair[], lineCounter: LineCounter, relative: string): Problem[] {
  const problems: Problem[] = [];
  const permalinks = new Map<string, string>();
  const done = new Set<string>();
  for (const pair of pairs) {
    const key = keyText(pair.key);
    // A key written twice is one problem (sleutel-dubbel), not more.
    if (done.has(key)) continue;
    done.add(key);
    if (!REGISTRY_KEY.test(key)) {
      problems.push(
        problem(
          'tag-veld',
          relative,
          at(lineCounter, pair.key),
          `Tag ${key}: een sleutel bestaat uit kleine letters, cijfers en streepjes, zoals open-source.`,
        ),
      );
    }
    const value = pair.value as Node | null;
    if (!isMap(value)) {
      problems.push(
        problem(
          'tag-veld',
          relative,
          at(lineCounter, value ?? pair.key),
          `Tag ${key}: hieronder horen de velden ${TAG_FIELDS.map((field) => field.key).join(', ')}, elk op een eigen regel en twee spaties ingesprongen.`,
        ),
      );
      continue;
    }
    const { problems: fieldProblems, fitting } = checkFields({
      rule: 'tag-veld',
      relative,
      subject: `Tag ${key}`,
      schema: TAG_FIELDS,
      written: value.items.map((item) => ({
        name: keyText(item.key),
        value: item.value,
        position: at(lineCounter, item.key),
        valuePosition: at(lineCounter, (item.value as Node | null) ?? item.key),
      })),
      misfit: (field, node) =>
        isScalar(node) && typeof node.value === 'string' && node.value.trim() !== ''
          ? undefined
          : `moet tekst zijn, op dezelfde regel. Schrijf bijvoorbeeld ${field.example}.`,
      entryPosition: at(lineCounter, pair.key),
    });
    problems.push(...fieldProblems);
    for (const { field, written } of fitting) {
      if (field.key !== 'permalink') continue;
      const node = written.value as Scalar<string>;
      const permalink = node.value.trim();
      if (!permalink.startsWith('/') || !REGISTRY_KEY.test(permalink.slice(1))) {
        problems.push(
          problem(
            'tag-permalink',
            relative,
            at(lineCounter, node),
            `Tag ${key}: de permalink ${permalink} moet beginnen met / en daarna alleen kleine letters, cijfers en streepjes bevatten, zoals /${REGISTRY_KEY.test(key) ? key : 'open-source'}.`,
          ),
        );
      }
    }
    const permalinkNode = value.get('permalink', true) as Node | undefined;
    const permalink =
      isScalar(permalinkNode) && typeof permalinkNode.value === 'string'
        ? permalinkNode.value.trim()
        : `/${key}`;
    const owner = permalinks.get(permalink);
    if (owner !== undefined) {
      problems.push(
        problem(
          'tag-permalink',
          relative,
          at(lineCounter, permalinkNode ?? pair.key),
          `Tag ${key}: de tagpagina /blog/tags${permalink} is ook die van tag ${owner}. Geef elke tag een eigen permalink.`,
        ),
      );
    } else {
      permalinks.set(permalink, key);
    }
  }
  return problems;
}

/** Checks one registry's text; relative is its path for the messages. */
export function checkRegistryText(kind: Kind, { relative, text }: RegistryText): Problem[] {
  const lineCounter = new LineCounter();
  // uniqueKeys off: a key written twice gets its own message below.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (document.errors.length > 0 || !isMap(document.contents)) {
    // Syntax errors are reported by site.ts (yaml-ongeldig).
    return [];
  }
  const pairs = document.contents.items as Pair[];
  const what = kind === 'authors' ? 'De auteur' : 'De tag';
  const problems = duplicateKeys(pairs, lineCounter, relative, what);
  if (kind === 'tags') {
    problems.push(...checkTags(pairs, lineCounter, relative));
  }
  return problems;
}

/** Checks `authors.yml` and `tags.yml` of a site; missing files are no problem here. */
export function checkRegistries(
  rootDir: string,
  files: { authorsFile: string; tagsFile: string },
): Problem[] {
  const problems: Problem[] = [];
  for (const [kind, file] of [
    ['authors', files.authorsFile],
    ['tags', files.tagsFile],
  ] as const) {
    const absolute = path.resolve(rootDir, file);
    if (!fs.existsSync(absolute)) continue;
    problems.push(
      ...checkRegistryText(kind, { relative: file, text: fs.readFileSync(absolute, 'utf8') }),
    );
  }
  return problems;
}
