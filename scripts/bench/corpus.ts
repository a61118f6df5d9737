/**
 * A synthetic corpus of realistic Dutch blog posts, for the benchmarks
 * (`npm run bench:content`, `npm run bench`): Markdown and MDX posts at
 * `blog/YYYY/MM/DD-slug.md(x)` with front matter (title, description, 1–3
 * authors and 2–5 tags, keys from blog/authors.yml and blog/tags.yml),
 * a `<!-- truncate -->`, headings (`##`, `###`), lists, code blocks, tables,
 * quotes, admonitions, links to other posts (with anchors), to the kennisbank,
 * tag and author pages and to other sites, images next to the post, and in
 * the MDX posts components from the allowlist (src/mdx/allowlist.ts) and now
 * and then a video embed.
 *
 * No Mermaid diagrams: the site renders them at build time in Chromium, which
 * would make a corpus of thousands of posts mostly a Chromium benchmark.
 *
 * Images come from a small pool (see `writeImagePool`), copied next to the
 * posts that use them: real photos and diagrams are different in every post,
 * but rendering thousands of distinct images with sharp would not fit on
 * these machines. The per-post image work of the site (card and social
 * images, cropped per post) still happens for every post with an image.
 *
 * Every post is a pure function of its number and the options: post 7 is the
 * same post in a corpus of 100 and of 3,000 (except which posts it links to).
 * Every corpus passes `npm run check:content` without problems.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSlugger } from '@docusaurus/utils/lib/slugger';
import jsYaml from 'js-yaml';
import sharp from 'sharp';

import { between, HEADINGS, pick, pickDistinct, random, sentence, sentences, title } from './text';

export interface CorpusOptions {
  /** Number of posts. */
  posts: number;
  /** Author keys posts may use (from blog/authors.yml). */
  authors: readonly string[];
  /** Authors with a page of their own (`page: true`), which posts may link to. */
  authorPages: readonly string[];
  /** Tags posts may use (from blog/tags.yml), with the path of their page below /blog/tags. */
  tags: readonly { key: string; permalink: string }[];
  /** The pool images posts may show (from `writeImagePool`). */
  images: readonly PoolImage[];
  /** Seed of the corpus; the default gives the corpus the benchmarks report on. */
  seed?: number;
}

/** What a post is, before its text is written; cheap, so other posts can link to it. */
export interface PostPlan {
  number: number;
  /** Path of the file relative to the site root. */
  file: string;
  /** URL of the post page. */
  url: string;
  title: string;
  mdx: boolean;
  /** Every heading (`##` and `###`) in order, with its anchor. */
  headings: { depth: 2 | 3; text: string; anchor: string }[];
}

/** An image of the pool: its file name, where it is, and its description. */
export interface PoolImage {
  file: string;
  source: string;
  alt: string;
}

const DEFAULT_SEED = 20240101;

/**
 * Where the benchmarks keep the image pool: made once, the same on every
 * machine. Bump the folder when the images change.
 */
export const IMAGE_POOL_DIR = path.resolve(__dirname, '..', '..', '.tmp', 'bench-images', 'v1');
/** The newest post's date; older posts follow, about two a day. */
const NEWEST = Date.UTC(2025, 5, 30);
const DAY = 86_400_000;

/** Section headings: `HEADINGS` and more, so a post can have six different ones. */
const SECTION_HEADINGS = [
  ...HEADINGS,
  'De aanleiding',
  'Wat er verandert',
  'Zo hebben we het aangepakt',
  'Ervaringen uit de proeftuin',
  'Beveiliging en privacy',
  'Toegankelijkheid',
  'Hoe je bijdraagt',
  'Tot slot',
];
const SUBHEADINGS = [
  'Een voorbeeld',
  'De configuratie',
  'Wat je nodig hebt',
  'Valkuilen',
  'Eerste resultaten',
  'Meten is weten',
  'Een kanttekening',
];
const LANGUAGES = ['yaml', 'bash', 'json', 'ts', 'text'] as const;
const ADMONITIONS = [
  ['note', 'Goed om te weten'],
  ['tip', 'Tip'],
  ['info', 'Achtergrond'],
  ['warning', 'Let op'],
  ['danger', 'Pas op'],
] as const;
const EXTERNAL_LINKS = [
  ['de API Design Rules', 'https://gitdocumentatie.logius.nl/publicatie/api/adr/'],
  ['het API-register', 'https://apis.developer.overheid.nl/apis'],
  ['de Haven-standaard', 'https://haven.commonground.nl/'],
  ['NL Design System', 'https://nldesignsystem.nl/'],
  ['de Nederlandse Digitaliseringsstrategie', 'https://www.digitaleoverheid.nl/'],
  ['Digilab', 'https://digilab.overheid.nl/'],
] as const;

function readMapping(file: string): Record<string, Record<string, unknown>> {
  const data = jsYaml.load(readFileSync(file, 'utf8'));
  if (!data || typeof data !== 'object') throw new Error(`${file} is not a YAML mapping.`);
  return data as Record<string, Record<string, unknown>>;
}

/** Lower-case ASCII letters, digits and dashes, as the file name rule wants. */
function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function seedOf(options: Pick<CorpusOptions, 'seed'>, number: number, stream: number): number {
  return ((options.seed ?? DEFAULT_SEED) ^ Math.imul(number * 4 + stream + 1, 0x9e3779b1)) >>> 0;
}

/** The plan of post `number` (0 is the newest). */
export function planPost(number: number, options: Pick<CorpusOptions, 'seed'> = {}): PostPlan {
  const rnd = random(seedOf(options, number, 0));
  const day = new Date(NEWEST - Math.floor(number / 2) * DAY);
  const year = String(day.getUTCFullYear());
  const month = String(day.getUTCMonth() + 1).padStart(2, '0');
  const date = String(day.getUTCDate()).padStart(2, '0');
  const postTitle = title(rnd);
  const slug = `${slugify(postTitle)}-${number + 1}`;
  const mdx = rnd() < 0.35;
  const slugger = createSlugger();
  const headings: PostPlan['headings'] = [];
  const subheadings = pickDistinct(rnd, SUBHEADINGS, SUBHEADINGS.length);
  for (const text of pickDistinct(rnd, SECTION_HEADINGS, between(rnd, 4, 6))) {
    headings.push({ depth: 2, text, anchor: slugger.slug(text) });
    if (rnd() < 0.3 && subheadings.length > 0) {
      const sub = subheadings.pop() as string;
      headings.push({ depth: 3, text: sub, anchor: slugger.slug(sub) });
    }
  }
  return {
    number,
    file: `blog/${year}/${month}/${date}-${slug}.${mdx ? 'mdx' : 'md'}`,
    url: `/blog/${year}/${month}/${date}/${slug}`,
    title: postTitle,
    mdx,
    headings,
  };
}

function paragraph(rnd: () => number): string {
  return sentences(rnd, between(rnd, 2, 5));
}

function codeBlock(rnd: () => number): string[] {
  const language = pick(rnd, LANGUAGES);
  const name = pick(rnd, ['register', 'zaken', 'besluiten', 'organisaties', 'datasets']);
  switch (language) {
    case 'yaml':
      return [
        '```yaml title="openapi.yaml"',
        'openapi: 3.1.0',
        'info:',
        `  title: ${name.charAt(0).toUpperCase()}${name.slice(1)} API`,
        '  version: 1.0.0',
        'paths:',
        `  /${name}:`,
        '    get:',
        `      summary: Alle ${name}`,
        '      responses:',
        "        '200':",
        '          description: OK',
        '```',
      ];
    case 'bash':
      return [
        '```bash',
        `curl -s https://api.example.overheid.nl/v1/${name} \\`,
        '  -H "Accept: application/json" \\',
        '  -H "X-Api-Key: $API_KEY" | jq .',
        '```',
      ];
    case 'json':
      return [
        '```json',
        '{',
        `  "_links": { "self": { "href": "/v1/${name}?page=2" } },`,
        `  "${name}": [{ "id": "0e2c7d1a", "naam": "Voorbeeld", "actief": true }],`,
        '  "page": { "number": 2, "size": 20, "total": 134 }',
        '}',
        '```',
      ];
    case 'ts':
      return [
        '```ts',
        `export async function fetch${name.charAt(0).toUpperCase()}${name.slice(1)}(page = 1): Promise<unknown[]> {`,
        `  const response = await fetch(\`https://api.example.overheid.nl/v1/${name}?page=\${page}\`);`,
        '  if (!response.ok) throw new Error(`HTTP ${response.status}`);',
        '  return (await response.json()).items;',
        '}',
        '```',
      ];
    default:
      return [
        '```text',
        `GET /v1/${name}?page=1 HTTP/1.1`,
        'Host: api.example.overheid.nl',
        'Accept: application/hal+json',
        '```',
      ];
  }
}

function table(rnd: () => number): string[] {
  const rows = [
    ['OpenAPI Specification', 'API’s beschrijven', 'Verplicht'],
    ['API Design Rules', 'API’s eenduidig ontwerpen', 'Verplicht'],
    ['OAuth 2.0', 'Toegang tot API’s', 'Pas toe of leg uit'],
    ['FSC', 'Koppelingen tussen organisaties', 'Aanbevolen'],
    ['Haven', 'Kubernetes-platformen', 'Aanbevolen'],
    ['NLGov REST API', 'Geodata via API’s', 'Pas toe of leg uit'],
  ];
  return [
    '| Standaard | Waarvoor | Status |',
    '| --- | --- | :---: |',
    ...pickDistinct(rnd, rows, between(rnd, 3, 5)).map((row) => `| ${row.join(' | ')} |`),
  ];
}

interface Context {
  options: CorpusOptions;
  plan: PostPlan;
  rnd: () => number;
  imports: Set<string>;
}

function linkToOtherPost(context: Context): string {
  const { options, plan, rnd } = context;
  if (options.posts < 2) return '';
  let other = Math.floor(rnd() * options.posts);
  if (other === plan.number) other = (other + 1) % options.posts;
  const target = planPost(other, options);
  const heading = pick(rnd, target.headings);
  return `Lees ook [${target.title}](${target.url}#${heading.anchor}), over ${heading.text.toLowerCase()}.`;
}

function siteLink(context: Context): string {
  const { options, rnd } = context;
  const tag = pick(rnd, options.tags);
  const [label, url] = pick(rnd, EXTERNAL_LINKS);
  const links = [
    `Meer hierover staat in de [kennisbank](/kennisbank) en op de pagina van [${label}](${url}).`,
    `Alle artikelen over dit onderwerp vind je onder de tag [${tag.key}](/blog/tags/${tag.permalink.replace(/^\//, '')}).`,
  ];
  if (options.authorPages.length > 0) {
    links.push(
      `Eerdere artikelen staan op [de auteurspagina](/blog/authors/${pick(rnd, options.authorPages)}); zie ook [${label}](${url}).`,
    );
  }
  return pick(rnd, links);
}

function image(context: Context, index: number): string[] {
  const { options, rnd } = context;
  const chosen = pick(rnd, options.images);
  const lines = [`![${chosen.alt}](./img/${chosen.file})`];
  if (index === 0 && rnd() < 0.5) lines.push(`*${sentence(rnd)}*`);
  return lines;
}

function component(context: Context): string[] {
  const { rnd, imports } = context;
  const kind = between(rnd, 0, 4);
  const rijkshuisstijl = (name: string): void => {
    imports.add(name);
  };
  switch (kind) {
    case 0:
      rijkshuisstijl('Blockquote');
      return [
        `<Blockquote variation="pink-background" attribution="— ${pick(rnd, ['Uit de NDS', 'Uit de praktijk', 'Een deelnemer'])}">`,
        sentences(rnd, 2),
        '</Blockquote>',
      ];
    case 1:
      rijkshuisstijl('Alert');
      return [
        `<Alert type="${pick(rnd, ['info', 'ok', 'warning'])}">`,
        sentences(rnd, 1),
        '</Alert>',
      ];
    case 2:
      rijkshuisstijl('Card');
      return [
        '<Card',
        '  heading="API-register"',
        '  description="Alle API’s van de overheid op één plek."',
        '  href="https://apis.developer.overheid.nl/apis"',
        '  linkLabel="Naar het API-register"',
        '/>',
      ];
    case 3:
      rijkshuisstijl('LinkList');
      rijkshuisstijl('LinkListLink');
      return [
        '<LinkList>',
        '  <LinkListLink href="https://www.digitaleoverheid.nl/">Digitale Overheid</LinkListLink>',
        '  <LinkListLink href="https://developer.overheid.nl/">developer.overheid.nl</LinkListLink>',
        '</LinkList>',
      ];
    default:
      imports.add('@theme/Tabs');
      imports.add('@theme/TabItem');
      return [
        '<Tabs>',
        '  <TabItem value="npm" label="npm" default>',
        '',
        '```bash',
        'npm install',
        '```',
        '',
        '  </TabItem>',
        '  <TabItem value="yarn" label="Yarn">',
        '',
        '```bash',
        'yarn install',
        '```',
        '',
        '  </TabItem>',
        '</Tabs>',
      ];
  }
}

/** The text of a post, front matter included. */
export function renderPost(plan: PostPlan, options: CorpusOptions): string {
  const rnd = random(seedOf(options, plan.number, 1));
  const context: Context = { options, plan, rnd, imports: new Set() };
  const authors = pickDistinct(rnd, options.authors, between(rnd, 1, 3));
  const tags = pickDistinct(rnd, options.tags, between(rnd, 2, 5)).map((tag) => tag.key);
  const description = `${sentence(rnd)} ${sentence(rnd)}`.slice(0, 280);
  const images = options.images.length > 0 && rnd() < 0.8 ? between(rnd, 1, 2) : 0;
  const body: string[] = [paragraph(rnd), '', sentences(rnd, 2), '', '<!-- truncate -->', ''];
  if (images > 0) body.push(...image(context, 0), '');

  // Features spread over the sections, so every post has a few and no two are alike.
  const sections = plan.headings.filter((h) => h.depth === 2).length;
  const at = (): number => Math.floor(rnd() * sections);
  const features = new Map<number, (() => string[])[]>();
  const add = (section: number, feature: () => string[]): void => {
    features.set(section, [...(features.get(section) ?? []), feature]);
  };
  add(at(), () => [linkToOtherPost(context)]);
  add(at(), () => [siteLink(context)]);
  if (rnd() < 0.7) add(at(), () => codeBlock(rnd));
  if (rnd() < 0.3) add(at(), () => codeBlock(rnd));
  if (rnd() < 0.4) add(at(), () => table(rnd));
  if (rnd() < 0.5) {
    add(at(), () => {
      const [type, label] = pick(rnd, ADMONITIONS);
      return [`:::${type}[${label}]`, '', paragraph(rnd), '', ':::'];
    });
  }
  if (rnd() < 0.5) {
    add(at(), () => Array.from({ length: between(rnd, 3, 5) }, () => `- ${sentence(rnd)}`));
  }
  if (rnd() < 0.3) {
    add(at(), () =>
      Array.from({ length: between(rnd, 3, 4) }, (_, i) => `${i + 1}. ${sentence(rnd)}`),
    );
  }
  if (rnd() < 0.3) add(at(), () => [`> ${sentences(rnd, 2)}`]);
  if (images > 1) add(at(), () => image(context, 1));
  if (plan.mdx) {
    const count = between(rnd, 1, 3);
    for (let k = 0; k < count; k += 1) add(at(), () => component(context));
    if (rnd() < 0.15) {
      add(at(), () => [
        `::video-youtube[${pick(rnd, ['Digilab over Haven', 'Een demo van de API'])}]{id=dQw4w9WgXcQ}`,
      ]);
    }
  }

  let section = -1;
  for (const heading of plan.headings) {
    body.push(`${'#'.repeat(heading.depth)} ${heading.text}`, '');
    if (heading.depth === 3) {
      body.push(paragraph(rnd), '');
      continue;
    }
    section += 1;
    const paragraphs = between(rnd, 2, 3);
    for (let p = 0; p < paragraphs; p += 1) {
      body.push(paragraph(rnd), '');
      if (p === 0) {
        for (const feature of features.get(section) ?? []) body.push(...feature(), '');
      }
    }
  }

  const rijkshuisstijl = [...context.imports].filter((name) => !name.startsWith('@theme/'));
  const importLines = [
    ...(rijkshuisstijl.length > 0
      ? [
          `import { ${rijkshuisstijl.join(', ')} } from '@rijkshuisstijl-community/components-react';`,
        ]
      : []),
    ...(context.imports.has('@theme/Tabs')
      ? ["import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';"]
      : []),
  ];
  return [
    '---',
    `title: ${JSON.stringify(plan.title)}`,
    `description: ${JSON.stringify(description)}`,
    `authors: [${authors.join(', ')}]`,
    `tags: [${tags.join(', ')}]`,
    '---',
    '',
    ...(importLines.length > 0 ? [...importLines, ''] : []),
    ...body,
  ].join('\n');
}

/** The image files a post's text names (`./img/…`). */
function imagesOf(text: string): string[] {
  return [...text.matchAll(/\]\(\.\/img\/([^)]+)\)/g)].map((match) => match[1]);
}

export interface CorpusSummary {
  posts: number;
  mdx: number;
  imageFiles: number;
  bytes: number;
}

/**
 * Writes the posts of the corpus into the site at `rootDir`, with the pool
 * images they use copied into an `img/` folder next to them.
 */
export function writeCorpus(rootDir: string, options: CorpusOptions): CorpusSummary {
  const byName = new Map(options.images.map((img) => [img.file, img]));
  const summary: CorpusSummary = { posts: 0, mdx: 0, imageFiles: 0, bytes: 0 };
  for (let number = 0; number < options.posts; number += 1) {
    const plan = planPost(number, options);
    const text = renderPost(plan, options);
    const file = path.join(rootDir, plan.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    summary.posts += 1;
    summary.mdx += plan.mdx ? 1 : 0;
    summary.bytes += Buffer.byteLength(text);
    for (const name of imagesOf(text)) {
      const target = path.join(path.dirname(file), 'img', name);
      if (existsSync(target)) continue;
      const source = byName.get(name);
      if (!source) throw new Error(`Post ${plan.file} names an image not in the pool: ${name}`);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(source.source, target);
      summary.imageFiles += 1;
    }
  }
  return summary;
}

const PHOTO_ALTS = [
  'Ontwikkelaars aan een tafel tijdens een hackathon',
  'Een serverruimte met rekken vol apparatuur',
  'Een presentatie over open standaarden in een volle zaal',
  'Een whiteboard met schetsen van een architectuur',
  'Een laptop met code op het scherm',
];
const DIAGRAM_ALTS = [
  'Schema van de gegevensuitwisseling tussen twee organisaties',
  'Architectuurplaat van het platform in lagen',
  'Stroomschema van een aanvraag via de API',
];

function diagramSvg(rnd: () => number, width: number, height: number): string {
  const boxes: string[] = [];
  const count = between(rnd, 3, 5);
  const boxWidth = Math.floor((width - 80) / count) - 40;
  for (let k = 0; k < count; k += 1) {
    const x = 40 + k * (boxWidth + 40);
    const y = between(rnd, 60, height - 220);
    const hue = between(rnd, 180, 260);
    boxes.push(
      `<rect x="${x}" y="${y}" width="${boxWidth}" height="140" rx="12" fill="hsl(${hue},45%,88%)" stroke="hsl(${hue},50%,35%)" stroke-width="4"/>`,
      `<rect x="${x + 20}" y="${y + 30}" width="${boxWidth - 40}" height="14" fill="hsl(${hue},30%,45%)"/>`,
      `<rect x="${x + 20}" y="${y + 60}" width="${Math.floor((boxWidth - 40) * 0.7)}" height="10" fill="hsl(${hue},20%,60%)"/>`,
    );
    if (k > 0) {
      const y2 = y + 70;
      boxes.push(
        `<line x1="${x - 40}" y1="${y2}" x2="${x - 6}" y2="${y2}" stroke="#154273" stroke-width="4"/>`,
        `<polygon points="${x - 6},${y2 - 8} ${x},${y2} ${x - 6},${y2 + 8}" fill="#154273"/>`,
      );
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${boxes.join('')}</svg>`;
}

/**
 * A photo-like image: blurred coloured shapes on a gradient (drawn small and
 * scaled up, which is quick), with sensor noise so it compresses like a photo.
 */
async function photo(rnd: () => number, width: number, height: number): Promise<Buffer> {
  const circles = Array.from({ length: 7 }, () => {
    const [r, g, b] = [between(rnd, 0, 255), between(rnd, 0, 255), between(rnd, 0, 255)];
    return `<circle cx="${between(rnd, 0, 300)}" cy="${between(rnd, 0, 200)}" r="${between(rnd, 20, 90)}" fill="rgb(${r},${g},${b})" fill-opacity="0.7"/>`;
  });
  const [r, g, b] = [between(rnd, 40, 200), between(rnd, 40, 200), between(rnd, 40, 200)];
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">' +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="rgb(${r},${g},${b})"/><stop offset="1" stop-color="rgb(${r >> 1},${g >> 1},${b >> 1})"/></linearGradient></defs>` +
    `<rect width="300" height="200" fill="url(#g)"/>${circles.join('')}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .resize(width, height)
    .blur(6)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let noise = Math.floor(rnd() * 4294967296);
  for (let k = 0; k < data.length; k += 1) {
    noise = (Math.imul(noise, 1664525) + 1013904223) >>> 0;
    data[k] = Math.max(0, Math.min(255, data[k] + ((noise >>> 24) - 128) / 12));
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } })
    .jpeg({ quality: 82 })
    .toBuffer();
}

/**
 * Writes `count` images into `dir` (once; kept when they exist): photo-like
 * JPEGs of 1200×800 and diagram PNGs of 1200×600 with transparency, made with
 * sharp, each 50–250 kB, like the images of real posts.
 */
export async function writeImagePool(dir: string, count = 12): Promise<PoolImage[]> {
  mkdirSync(dir, { recursive: true });
  const pool: PoolImage[] = [];
  for (let k = 0; k < count; k += 1) {
    const rnd = random(DEFAULT_SEED + 1000 + k);
    const diagram = k % 3 === 2;
    const file = diagram ? `schema-${k + 1}.png` : `foto-${k + 1}.jpg`;
    const source = path.join(dir, file);
    if (!existsSync(source)) {
      const data = diagram
        ? await sharp(Buffer.from(diagramSvg(rnd, 1200, 600)))
            .png({ compressionLevel: 9 })
            .toBuffer()
        : await photo(rnd, 1200, 800);
      writeFileSync(source, data);
    }
    pool.push({
      file,
      source,
      alt: diagram ? DIAGRAM_ALTS[k % DIAGRAM_ALTS.length] : PHOTO_ALTS[k % PHOTO_ALTS.length],
    });
  }
  return pool;
}

/**
 * An empty site at `root` for the corpus: this repository's blog/authors.yml
 * and blog/tags.yml, and a kennisbank home page (the check needs one).
 */
export function writeSiteSkeleton(root: string): void {
  const repository = path.resolve(__dirname, '..', '..');
  mkdirSync(path.join(root, 'blog'), { recursive: true });
  mkdirSync(path.join(root, 'docs'), { recursive: true });
  for (const name of ['authors.yml', 'tags.yml']) {
    copyFileSync(path.join(repository, 'blog', name), path.join(root, 'blog', name));
  }
  writeFileSync(
    path.join(root, 'docs', 'index.md'),
    '---\ntitle: Kennisbank\nslug: /\ndescription: De kennisbank van developer.overheid.nl met handleidingen voor wie bijdraagt.\n---\n\nWelkom.\n',
  );
}

/**
 * Corpus options for a site: the authors and tags of its blog/authors.yml and
 * blog/tags.yml (posts that use others do not build).
 */
export function corpusOptions(
  siteDir: string,
  posts: number,
  images: readonly PoolImage[],
): CorpusOptions {
  const authors = readMapping(path.join(siteDir, 'blog', 'authors.yml'));
  const tags = readMapping(path.join(siteDir, 'blog', 'tags.yml'));
  return {
    posts,
    authors: Object.keys(authors),
    authorPages: Object.keys(authors).filter((key) => authors[key]?.page === true),
    tags: Object.entries(tags).map(([key, tag]) => ({
      key,
      permalink: typeof tag?.permalink === 'string' ? tag.permalink : `/${key}`,
    })),
    images,
  };
}
