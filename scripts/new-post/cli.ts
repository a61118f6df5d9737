/**
 * `npm run new-post`: asks for (or takes as flags) the title, authors,
 * tags, date and draft status of a new post and writes
 * blog/JJJJ/MM/DD-korte-titel.md. Flags, for scripts:
 *
 *   --title "…" --author key[,key] --tags key[,key] --date JJJJ-MM-DD --draft
 *   --description "…" --yes (never ask; fail on anything missing)
 *   --author-name "…" --author-title "…" --author-website/-linkedin/-github/-mastodon …
 *     (add --author as a new author to blog/authors.yml)
 *   --tag-label "…" --tag-description "…" (once per new tag, in the order of
 *     the new tags in --tags: add them to blog/tags.yml)
 *   --root DIR --blog-dir DIR (where the site is; for tests)
 */
import { createInterface, type Interface } from 'node:readline/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import {
  AUTHOR_SOCIALS,
  KEY_PATTERN,
  PostExistsError,
  addAuthor,
  addTag,
  effectiveDate,
  isFutureDate,
  readAuthors,
  readTags,
  slugify,
  splitKeys,
  unknownKeyMessage,
  validateAuthor,
  validatePost,
  validateTag,
  writePost,
  type BlogPaths,
  type NewAuthor,
  type NewTag,
  type PostInput,
} from './create-post';
import { closestKey } from '../check-content/suggest';

export interface NewPostIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Whether a person can answer questions. */
  interactive: boolean;
  now?: Date;
}

const OPTIONS = {
  title: { type: 'string' },
  author: { type: 'string', multiple: true },
  tags: { type: 'string', multiple: true },
  date: { type: 'string' },
  draft: { type: 'boolean' },
  description: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  'author-name': { type: 'string' },
  'author-title': { type: 'string' },
  'author-website': { type: 'string' },
  'author-linkedin': { type: 'string' },
  'author-github': { type: 'string' },
  'author-mastodon': { type: 'string' },
  'tag-label': { type: 'string', multiple: true },
  'tag-description': { type: 'string', multiple: true },
  root: { type: 'string' },
  'blog-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Gebruik: npm run new-post [-- opties]

Zonder opties stelt het script vragen. Opties (voor scripts):
  --title "Titel"              titel van het artikel
  --author sleutel[,sleutel]   auteur(s) uit blog/authors.yml
  --tags sleutel[,sleutel]     tags uit blog/tags.yml (mag leeg)
  --date JJJJ-MM-DD            publicatiedatum (standaard vandaag)
  --draft                      concept: niet op de gepubliceerde site
  --description "…"            samenvatting van 50 tot 300 tekens
  --yes                        niets vragen; stoppen als er iets ontbreekt
  --author-name "…"            voeg --author toe als nieuwe auteur, met
  --author-title "…"           functie en organisatie, en eventueel
  --author-website/--author-linkedin/--author-github/--author-mastodon
  --tag-label "…"              een nieuwe tag in --tags: de naam die lezers zien
  --tag-description "…"        en één regel uitleg; per nieuwe tag één keer,
                               in de volgorde van --tags. Het script zet de tag
                               in blog/tags.yml.
`;

const NEW_TAG_HINT =
  'Een nieuwe tag? Start zonder --yes en beantwoord de vragen, of geef per nieuwe tag --tag-label "Naam" en --tag-description "Eén regel uitleg" erbij: het script zet hem in blog/tags.yml.';

class Asker {
  private readonly readline: Interface;

  constructor(private readonly io: NewPostIo) {
    this.readline = createInterface({ input: io.input, output: io.output, terminal: false });
  }

  async ask(question: string, fallback = ''): Promise<string> {
    const suffix = fallback ? ` [${fallback}]` : '';
    const answer = (await this.readline.question(`${question}${suffix}: `)).trim();
    return answer || fallback;
  }

  async confirm(question: string, fallback: boolean): Promise<boolean> {
    const answer = (await this.ask(`${question} (${fallback ? 'J/n' : 'j/N'})`)).toLowerCase();
    return answer === '' ? fallback : answer.startsWith('j') || answer.startsWith('y');
  }

  close(): void {
    this.readline.close();
  }
}

function listKeys(keys: ReadonlyMap<string, string>): string {
  return [...keys].map(([key, name]) => `  ${key} (${name})`).join('\n');
}

/** Runs the command; returns the exit code. */
export async function runNewPost(argv: readonly string[], io: NewPostIo): Promise<number> {
  const write = (text: string): void => {
    io.output.write(`${text}\n`);
  };
  let flags: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; args: string[] }>>['values'];
  try {
    flags = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false }).values;
  } catch (error) {
    write(`${(error as Error).message.split('\n')[0]}\n\n${HELP}`);
    return 2;
  }
  if (flags.help) {
    write(HELP);
    return 0;
  }
  const paths: BlogPaths = { rootDir: flags.root ?? process.cwd(), blogDir: flags['blog-dir'] };
  const now = io.now ?? new Date();
  const authors = readAuthors(paths);
  const tags = readTags(paths);
  const interactive = io.interactive && !flags.yes;
  const asker = interactive ? new Asker(io) : undefined;

  try {
    const input: PostInput = {
      title: flags.title ?? '',
      authors: splitKeys((flags.author ?? []).join(',')),
      tags: splitKeys((flags.tags ?? []).join(',')),
      date: flags.date,
      draft: flags.draft ?? false,
      description: flags.description,
    };
    const newAuthors: NewAuthor[] = [];
    const newTags: NewTag[] = [];
    const socialsFromFlags = Object.fromEntries(
      AUTHOR_SOCIALS.map((platform) => [platform, flags[`author-${platform}`] ?? '']),
    );

    if (asker) {
      write('Nieuw artikel voor het blog van developer.overheid.nl.\n');
      while (!input.title.trim() || !slugify(input.title)) {
        input.title = await asker.ask('Titel');
      }
      if (input.authors.length === 0) {
        write(`\nBekende auteurs:\n${listKeys(authors)}`);
        input.authors = splitKeys(await asker.ask('Auteur(s), gescheiden door komma’s'));
      }
      input.authors = await resolveAuthors(input.authors, authors, asker, write, newAuthors);
      if (flags.tags === undefined) {
        write(`\nBekende tags:\n${listKeys(tags)}`);
        input.tags = splitKeys(await asker.ask('Tags, gescheiden door komma’s (Enter voor geen)'));
      }
      input.tags = await resolveTags(input.tags, tags, asker, write, newTags);
      if (flags.description === undefined) {
        input.description = await asker.ask(
          '\nKorte beschrijving voor zoekmachines, 50 tot 300 tekens (Enter om later te doen)',
        );
      }
      if (flags.date === undefined) {
        input.date = await asker.ask('Publicatiedatum (JJJJ-MM-DD)', effectiveDate(input, now));
      }
      if (flags.draft === undefined) {
        input.draft = await asker.confirm('Is het een concept (nog niet publiceren)?', true);
      }
    } else {
      if (flags['author-name'] && input.authors.length === 1 && !authors.has(input.authors[0])) {
        newAuthors.push({
          key: input.authors[0],
          name: flags['author-name'],
          title: flags['author-title'],
          socials: socialsFromFlags,
        });
      }
      const labels = flags['tag-label'] ?? [];
      const descriptions = flags['tag-description'] ?? [];
      const unknown = input.tags.filter((tag) => !tags.has(tag));
      if (labels.length > 0 || descriptions.length > 0) {
        if (labels.length !== unknown.length || descriptions.length !== unknown.length) {
          write(
            `Nieuwe tags in --tags: ${unknown.join(', ') || 'geen'}. Geef voor elke nieuwe tag één --tag-label en één --tag-description, in dezelfde volgorde.`,
          );
          return 1;
        }
        unknown.forEach((key, index) => {
          newTags.push({ key, label: labels[index], description: descriptions[index] });
        });
      }
    }

    const known = new Map(authors);
    for (const author of newAuthors) {
      const errors = validateAuthor(author, authors);
      if (errors.length > 0) {
        write(errors.join('\n'));
        return 1;
      }
      known.set(author.key, author.name);
    }
    const knownTags = new Map(tags);
    for (const tag of newTags) {
      const errors = validateTag(tag, tags);
      if (errors.length > 0) {
        write(errors.join('\n'));
        return 1;
      }
      knownTags.set(tag.key, tag.label);
    }
    if (!input.title.trim() || input.authors.length === 0) {
      write(
        `Er ontbreken gegevens: geef minstens --title en --author op (of start zonder --yes om vragen te krijgen).\n\n${HELP}`,
      );
      return 1;
    }
    const date = input.date?.trim() ? input.date.trim() : undefined;
    input.date = date;
    const errors = validatePost(input, known, knownTags);
    if (errors.length > 0) {
      write(errors.join('\n'));
      if (input.tags.some((tag) => !knownTags.has(tag))) {
        write(NEW_TAG_HINT);
      }
      return 1;
    }
    if (isFutureDate(effectiveDate(input, now), now) && !input.draft) {
      input.draft = true;
      write('De datum ligt in de toekomst: het artikel wordt een concept (draft: true).');
    }
    for (const author of newAuthors) {
      addAuthor(author, paths);
      write(`Auteur ${author.key} toegevoegd aan blog/authors.yml.`);
    }
    for (const tag of newTags) {
      addTag(tag, paths);
      write(`Tag ${tag.key} (${tag.label.trim()}) toegevoegd aan blog/tags.yml.`);
    }
    const file = writePost(input, paths, now);
    write(`\nGeschreven: ${file}`);
    write(
      'Volgende stappen: schrijf het artikel, bekijk het met npm start, controleer het met npm run check:content en bekijk het zoals lezers het krijgen met npm run preview. Link alleen naar gepubliceerde artikelen; afbeeldingen zet je in img/ naast het artikel.',
    );
    return 0;
  } catch (error) {
    if (error instanceof PostExistsError) {
      write(error.message);
      return 1;
    }
    write(`Het artikel kon niet geschreven worden: ${(error as Error).message}`);
    return 1;
  } finally {
    asker?.close();
  }
}

async function resolveAuthors(
  keys: string[],
  authors: ReadonlyMap<string, string>,
  asker: Asker,
  write: (text: string) => void,
  newAuthors: NewAuthor[],
): Promise<string[]> {
  const result: string[] = [];
  let pending = [...keys];
  while (result.length === 0 || pending.length > 0) {
    if (pending.length === 0) {
      pending = splitKeys(await asker.ask('Geef minstens één auteur'));
      continue;
    }
    const key = pending.shift()!;
    if (authors.has(key) || newAuthors.some((author) => author.key === key)) {
      result.push(key);
      continue;
    }
    const suggestion = closestKey(key, authors.keys());
    write(unknownKeyMessage('auteur', key, authors.keys()));
    if (suggestion && (await asker.confirm(`${suggestion} gebruiken?`, true))) {
      result.push(suggestion);
      continue;
    }
    if (await asker.confirm(`${key} toevoegen als nieuwe auteur?`, !suggestion)) {
      const author = await askNewAuthor(key, authors, asker, write);
      newAuthors.push(author);
      result.push(author.key);
    }
  }
  return result;
}

async function askNewAuthor(
  key: string,
  authors: ReadonlyMap<string, string>,
  asker: Asker,
  write: (text: string) => void,
): Promise<NewAuthor> {
  for (;;) {
    const name = await asker.ask('Naam van de auteur');
    const chosenKey = KEY_PATTERN.test(key) ? key : await asker.ask('Sleutel', slugify(name));
    const title = await asker.ask(
      'Functie en organisatie, bijvoorbeeld "Developer Advocate - Logius"',
    );
    const socials: Record<string, string> = {};
    for (const platform of AUTHOR_SOCIALS) {
      const hint =
        platform === 'website' || platform === 'mastodon' ? 'volledig adres' : 'gebruikersnaam';
      socials[platform] = await asker.ask(`${platform} (${hint}, Enter om over te slaan)`);
    }
    const author: NewAuthor = { key: chosenKey, name, title, socials };
    const errors = validateAuthor(author, authors);
    if (errors.length === 0) {
      return author;
    }
    write(errors.join('\n'));
    key = '';
  }
}

async function resolveTags(
  keys: string[],
  tags: ReadonlyMap<string, string>,
  asker: Asker,
  write: (text: string) => void,
  newTags: NewTag[],
): Promise<string[]> {
  const result: string[] = [];
  for (const key of keys) {
    if (tags.has(key) || newTags.some((tag) => tag.key === key)) {
      result.push(key);
      continue;
    }
    const suggestion = closestKey(key, tags.keys());
    write(unknownKeyMessage('tag', key, tags.keys()));
    if (suggestion && (await asker.confirm(`${suggestion} gebruiken?`, true))) {
      result.push(suggestion);
      continue;
    }
    if (await asker.confirm(`${key} toevoegen als nieuwe tag?`, !suggestion)) {
      const tag = await askNewTag(key, tags, asker, write);
      newTags.push(tag);
      result.push(tag.key);
    } else {
      write(`De tag ${key} laat ik weg.`);
    }
  }
  return result;
}

async function askNewTag(
  key: string,
  tags: ReadonlyMap<string, string>,
  asker: Asker,
  write: (text: string) => void,
): Promise<NewTag> {
  for (;;) {
    const chosenKey = KEY_PATTERN.test(key) ? key : await asker.ask('Sleutel', slugify(key));
    const label = await asker.ask(
      'Naam van de tag zoals lezers hem zien, bijvoorbeeld "Open source"',
    );
    const description = await asker.ask('Eén regel uitleg over de tag');
    const tag: NewTag = { key: chosenKey, label, description };
    const errors = validateTag(tag, tags);
    if (errors.length === 0) {
      return tag;
    }
    write(errors.join('\n'));
    key = '';
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runNewPost(process.argv.slice(2), {
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(
        `new-post liep vast: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 2;
    },
  );
}
