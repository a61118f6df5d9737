import { didYouMean } from '../suggest';
import { problem, type Problem } from '../rules';
import {
  DESCRIPTION_LENGTH,
  REFUSED_KEYS,
  TYPE_LABELS,
  fieldsFor,
  type FieldSpec,
} from '../schema';
import type { ContentFile, SiteIndex } from '../site';
import { parseDateText } from './dates';

function describeValue(value: unknown): string {
  if (value === null || value === undefined) {
    return 'niets (een leeg veld)';
  }
  if (value instanceof Date) {
    return 'een datum';
  }
  if (Array.isArray(value)) {
    return 'een lijst';
  }
  if (typeof value === 'object') {
    return 'een blok met velden';
  }
  if (typeof value === 'boolean') {
    return `${value}`;
  }
  return typeof value === 'number' ? `het getal ${value}` : `"${String(value)}"`;
}

function hasType(field: FieldSpec, value: unknown): boolean {
  switch (field.type) {
    case 'text':
    case 'image':
      return typeof value === 'string';
    case 'nullable-text':
      return typeof value === 'string' || value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        (field.min === undefined || value >= field.min) &&
        (field.max === undefined || value <= field.max)
      );
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
      return typeof value === 'string' || value instanceof Date;
    case 'text-list':
    case 'tag-keys':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'author-keys':
      return (
        typeof value === 'string' ||
        (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      );
    default:
      return false;
  }
}

function typeHint(field: FieldSpec): string {
  switch (field.type) {
    case 'author-keys':
      return ' Schrijf de sleutels uit blog/authors.yml, zoals authors: [tom-ootes].';
    case 'tag-keys':
      return ' Schrijf de sleutels uit blog/tags.yml, zoals tags: [api, haven], of tags: [].';
    case 'boolean':
      return ` Schrijf ${field.key}: true of ${field.key}: false, zonder aanhalingstekens.`;
    case 'integer':
      return field.min !== undefined ? ` Kies een getal van ${field.min} tot ${field.max}.` : '';
    case 'text':
      return ' Zet de tekst zo nodig tussen aanhalingstekens.';
    default:
      return '';
  }
}

/** Front matter rules: syntax, keys, types, authors, tags, description. */
export function checkFrontMatter(file: ContentFile, index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  const { frontMatter, frontMatterError } = file;
  if (frontMatterError) {
    problems.push(
      problem('yaml-ongeldig', file.file, frontMatterError.position, frontMatterError.message),
    );
    return problems;
  }
  const fields = fieldsFor(file.kind);
  const known = new Map(fields.map((field) => [field.key, field]));
  const data = frontMatter.data;
  const where = (key: string): { line: number; column: number } | undefined =>
    frontMatter.locations.get(key)?.key;

  for (const [key, value] of Object.entries(data)) {
    const field = known.get(key);
    const location = frontMatter.locations.get(key);
    if (!field) {
      const refused = REFUSED_KEYS[key];
      const suggestion = refused ? '' : didYouMean(key, known.keys());
      problems.push(
        problem(
          'frontmatter-onbekend-veld',
          file.file,
          location?.key,
          refused
            ? `Het veld ${key} is niet toegestaan: ${refused}.`
            : `Het veld ${key} bestaat niet${file.kind === 'blog' ? ' voor een artikel' : ' voor een kennisbankpagina'}.${suggestion} Zie de frontmatter-referentie in de kennisbank.`,
        ),
      );
      continue;
    }
    if (!hasType(field, value)) {
      problems.push(
        problem(
          'frontmatter-type',
          file.file,
          location?.value,
          `${key} moet ${TYPE_LABELS[field.type]} zijn, maar is ${describeValue(value)}.${typeHint(field)}`,
        ),
      );
      continue;
    }
    if (field.type === 'date') {
      const raw = frontMatter.raw[key]?.replace(/^['"]|['"]$/g, '') ?? String(value);
      if (!parseDateText(raw)) {
        problems.push(
          problem(
            'datum-ongeldig',
            file.file,
            location?.value,
            `De datum ${raw} bestaat niet of is niet als JJJJ-MM-DD geschreven (bijvoorbeeld 2025-07-15).`,
          ),
        );
      }
    }
    if (field.type === 'author-keys') {
      const keys = typeof value === 'string' ? [value] : (value as string[]);
      if (keys.length === 0) {
        problems.push(
          problem(
            'frontmatter-verplicht',
            file.file,
            location?.value,
            'Een artikel heeft minstens één auteur nodig: authors: [jouw-sleutel] uit blog/authors.yml.',
          ),
        );
      }
      keys.forEach((key, position) => {
        if (!index.authors.keys.has(key)) {
          problems.push(
            problem(
              'auteur-onbekend',
              file.file,
              location?.items[position] ?? location?.value,
              `De auteur ${key} staat niet in blog/authors.yml.${didYouMean(key, index.authors.keys.keys()) || ' Een nieuwe auteur voeg je toe aan blog/authors.yml, met ten minste name (npm run new-post doet dat voor je).'}`,
            ),
          );
        }
      });
    }
    if (field.type === 'tag-keys') {
      (value as string[]).forEach((tag, position) => {
        if (!index.tags.keys.has(tag)) {
          problems.push(
            problem(
              'tag-onbekend',
              file.file,
              location?.items[position] ?? location?.value,
              `De tag ${tag} staat niet in blog/tags.yml.${didYouMean(tag, index.tags.keys.keys()) || ` Kies uit: ${[...index.tags.keys.keys()].join(', ')}. Een nieuwe tag voeg je toe aan blog/tags.yml, met label en description (npm run new-post doet dat voor je).`}`,
            ),
          );
        }
      });
    }
  }

  for (const field of fields) {
    if (field.requiredFor?.includes(file.kind) && !(field.key in data)) {
      problems.push(
        problem(
          'frontmatter-verplicht',
          file.file,
          { line: 1, column: 1 },
          field.key === 'authors'
            ? 'Een artikel heeft een auteur nodig: zet authors: [jouw-sleutel] in de frontmatter (sleutels staan in blog/authors.yml).'
            : `Het veld ${field.key} ontbreekt in de frontmatter.`,
        ),
      );
    }
  }

  const description = data.description;
  if (description === undefined || (typeof description === 'string' && description.trim() === '')) {
    problems.push(
      problem(
        'beschrijving-ontbreekt',
        file.file,
        description === undefined ? { line: 1, column: 1 } : where('description'),
        `Er is geen description. Zoekmachines en sociale media tonen dan de ${file.kind === 'blog' ? 'tekst vóór <!-- truncate -->' : 'eerste alinea'}; schrijf liever zelf een samenvatting van ${DESCRIPTION_LENGTH.min} tot ${DESCRIPTION_LENGTH.max} tekens.`,
      ),
    );
  } else if (typeof description === 'string') {
    const length = [...description.trim()].length;
    if (length < DESCRIPTION_LENGTH.min || length > DESCRIPTION_LENGTH.max) {
      problems.push(
        problem(
          'beschrijving-lengte',
          file.file,
          frontMatter.locations.get('description')?.value,
          `De description is ${length} tekens lang; ${length < DESCRIPTION_LENGTH.min ? 'vul haar aan tot' : 'kort haar in tot'} ${DESCRIPTION_LENGTH.min} à ${DESCRIPTION_LENGTH.max} tekens, zodat zoekmachines haar helemaal tonen.`,
        ),
      );
    }
  }
  return problems;
}
