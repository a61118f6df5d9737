/**
 * The repository as a Dutch government open-source repository: licence files,
 * REUSE metadata (checked with the `reuse` tool), publiccode.yml against its
 * schema, security.txt (RFC 9116) with an Expires that stays in the future,
 * and CODEOWNERS.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { publiccodeSchema } from '../support/publiccode-schema';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const DAY = 24 * 60 * 60 * 1000;

describe('licences', () => {
  it('LICENSE is the full EUPL-1.2, the same text as LICENSES/EUPL-1.2.txt', () => {
    const licence = read('LICENSE');
    expect(licence).toBe(read('LICENSES/EUPL-1.2.txt'));
    expect(licence).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    expect(licence).toContain('Appendix');
    expect(licence.length).toBeGreaterThan(13_000);
  });

  it('LICENSES/ holds the fonts’ OFL-1.1 and the content’s CC0-1.0', () => {
    expect(read('LICENSES/OFL-1.1.txt')).toContain('SIL OPEN FONT LICENSE');
    expect(read('LICENSES/CC0-1.0.txt')).toContain('CC0 1.0 Universal');
  });
});

interface Annotation {
  path: string | string[];
  'SPDX-FileCopyrightText': string | string[];
  'SPDX-License-Identifier': string;
}

/**
 * REUSE.toml as `.reuse/dep5`, for Debian's `reuse` 1.1, which predates
 * REUSE.toml. Exact for the patterns REUSE.toml is kept to (a literal file,
 * `**` or `folder/**`): in both formats the last matching rule counts.
 */
export function dep5FromReuseToml(toml: string): string {
  const data = parseToml(toml) as unknown as { annotations?: Annotation[] };
  const paragraphs = [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
    'Upstream-Name: developer.overheid.nl blog',
  ].join('\n');
  const rules = (data.annotations ?? []).map((annotation) => {
    const paths = [annotation.path].flat().map((p) => {
      if (p === '**') return '*';
      if (/^[^*?[\]]+\/\*\*$/.test(p)) return p.slice(0, -1);
      if (!/[*?[\]]/.test(p)) return p;
      throw new Error(`REUSE.toml: the pattern "${p}" has no exact translation for .reuse/dep5`);
    });
    const copyright = [annotation['SPDX-FileCopyrightText']].flat();
    return [
      `Files: ${paths.join(' ')}`,
      `Copyright: ${copyright.join('\n           ')}`,
      `License: ${annotation['SPDX-License-Identifier']}`,
    ].join('\n');
  });
  return [paragraphs, ...rules].join('\n\n') + '\n';
}

const reuse = spawnSync('reuse', ['--version'], { encoding: 'utf8' });
const hasReuse = !reuse.error && reuse.status === 0;
if (!hasReuse) {
  // The one check that may be absent on a developer's machine; .ci/run installs it.
  console.warn(
    'REUSE-controle overgeslagen: `reuse` ontbreekt (Debian: apt-get install -y reuse). CI installeert het.',
  );
}

describe('REUSE', () => {
  it('REUSE.toml gives every file a copyright holder and a licence from LICENSES/', () => {
    const data = parseToml(read('REUSE.toml')) as unknown as {
      version: number;
      annotations: Annotation[];
    };
    expect(data.version).toBe(1);
    const used = new Set(
      data.annotations.flatMap((a) => a['SPDX-License-Identifier'].split(/\s+(?:AND|OR)\s+/)),
    );
    expect([...used].sort()).toEqual(['CC0-1.0', 'EUPL-1.2', 'MIT', 'OFL-1.1']);
    for (const id of used)
      expect(existsSync(path.join(ROOT, 'LICENSES', `${id}.txt`)), id).toBe(true);
    expect(dep5FromReuseToml(read('REUSE.toml'))).toContain('Files: blog/* docs/*\n');
  });

  // In CI the tool must be there (.ci/run installs it): never skipped there.
  it.skipIf(!hasReuse && process.env.CI !== 'true')(
    'is clean under `reuse lint`',
    () => {
      // A copy of what git tracks (and would add), with REUSE.toml as .reuse/dep5.
      const dir = mkdtempSync(path.join(tmpdir(), 'reuse-'));
      try {
        const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
          cwd: ROOT,
          encoding: 'utf8',
        })
          .split('\0')
          .filter((f) => f && f !== 'REUSE.toml' && existsSync(path.join(ROOT, f)));
        for (const file of files) {
          mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
          cpSync(path.join(ROOT, file), path.join(dir, file));
        }
        mkdirSync(path.join(dir, '.reuse'));
        writeFileSync(path.join(dir, '.reuse', 'dep5'), dep5FromReuseToml(read('REUSE.toml')));
        const lint = spawnSync('reuse', ['--root', dir, 'lint'], { encoding: 'utf8' });
        expect(lint.error, 'reuse is not installed').toBeUndefined();
        expect(lint.stdout + lint.stderr).toContain('Congratulations!');
        expect(lint.status, lint.stdout).toBe(0);
        const counted = /with license information: (\d+) \/ (\d+)/.exec(lint.stdout);
        expect(Number(counted?.[1])).toBeGreaterThan(100);
        expect(counted?.[1]).toBe(counted?.[2]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});

describe('publiccode.yml', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(publiccodeSchema);
  const document = (): Record<string, unknown> =>
    parseYaml(read('publiccode.yml')) as Record<string, unknown>;

  it('is valid against the publiccode.yml schema', () => {
    const valid = validate(document());
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the licence, the repository and Dutch as a language, as the repository does', () => {
    const data = document() as {
      legal: { license: string };
      url: string;
      localisation: { availableLanguages: string[] };
    };
    expect(data.legal.license).toBe('EUPL-1.2');
    expect(read('docusaurus.config.ts')).toContain(`'${data.url}'`);
    expect(data.localisation.availableLanguages).toContain('nl');
  });

  it('fails on what the standard forbids', () => {
    const broken: Array<[string, (d: Record<string, unknown>) => void]> = [
      ['no name', (d) => delete d.name],
      ['unknown status', (d) => (d.developmentStatus = 'klaar')],
      ['unknown category', (d) => (d.categories = ['weblog'])],
      ['internal maintenance without contacts', (d) => delete (d.maintenance as Loose).contacts],
      [
        'short description over 150 characters',
        (d) => (((d.description as Loose).nl as Loose).shortDescription = 'x'.repeat(151)),
      ],
      ['a mistyped key', (d) => (d.developmentstatus = 'beta')],
    ];
    for (const [what, breakIt] of broken) {
      const data = document();
      breakIt(data);
      expect(validate(data), what).toBe(false);
    }
  });
});

type Loose = Record<string, unknown>;

/** RFC 9116 fields of a security.txt: name (lower case) to values, in order. */
function securityTxtFields(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const match = /^([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
    if (!match) throw new Error(`security.txt: not a field: "${line}"`);
    const name = match[1].toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), match[2].trim()]);
  }
  return fields;
}

describe('static/.well-known/security.txt (RFC 9116)', () => {
  const text = read('static/.well-known/security.txt');
  const fields = securityTxtFields(text);

  it('has the fields RFC 9116 requires, once where it says once, and no others', () => {
    const known = [
      'acknowledgments',
      'canonical',
      'contact',
      'encryption',
      'expires',
      'hiring',
      'policy',
      'preferred-languages',
      'csaf',
    ];
    expect([...fields.keys()].filter((f) => !known.includes(f))).toEqual([]);
    expect(fields.get('contact')?.length).toBeGreaterThan(0);
    for (const contact of fields.get('contact') ?? [])
      expect(contact).toMatch(/^(?:https:|mailto:)/);
    expect(fields.get('expires')).toHaveLength(1);
    expect(fields.get('preferred-languages')).toHaveLength(1);
    expect(fields.get('canonical')).toEqual([
      'https://developer.overheid.nl/.well-known/security.txt',
    ]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('expires more than 30 days from now and at most a year ahead: renew it before then', () => {
    const value = fields.get('expires')?.[0] ?? '';
    expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
    const expires = Date.parse(value);
    const left = Math.floor((expires - Date.now()) / DAY);
    expect(
      left,
      `security.txt verloopt over ${left} dagen (${value}): zet Expires op een datum binnen een jaar`,
    ).toBeGreaterThan(30);
    expect(
      left,
      'RFC 9116: Expires hoort minder dan een jaar vooruit te liggen',
    ).toBeLessThanOrEqual(366);
  });
});

describe('.github/CODEOWNERS', () => {
  const rules = read('.github/CODEOWNERS')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/));
  /** The owners of a path: the last matching rule counts, as on GitHub. */
  const ownersOf = (file: string): string[] => {
    let owners: string[] = [];
    for (const [pattern, ...who] of rules) {
      const matches =
        pattern === '*' ||
        (pattern.endsWith('/') &&
          `/${file}`.startsWith(pattern.startsWith('/') ? pattern : `/${pattern}`));
      if (matches) owners = who;
    }
    return owners;
  };

  it('gives every rule owners written as @organisation/team', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const [pattern, ...who] of rules) {
      expect(who.length, pattern).toBeGreaterThan(0);
      for (const owner of who) expect(owner).toMatch(/^@developer-overheid-nl\/[a-z0-9-]+$/);
    }
  });

  it('routes articles to the editors and the rest to the maintainers', () => {
    expect(ownersOf('blog/2025/07/15-nederlandse-digitaliseringsstrategie.md')).toEqual([
      '@developer-overheid-nl/redactie',
    ]);
    expect(ownersOf('blog/authors.yml')).toEqual(['@developer-overheid-nl/redactie']);
    expect(ownersOf('docusaurus.config.ts')).toEqual(['@developer-overheid-nl/beheerders']);
  });
});
