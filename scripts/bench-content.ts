/**
 * `npm run bench:content`: writes 1,000 realistic posts (about 850 words,
 * headings, links between posts with anchors, images, components,
 * admonitions, tables, code) to a temporary site and times
 * `checkContent` over it: the median of 3 runs. Goal: under 5 seconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { checkContent } from './check-content/index';

const POSTS = Number(process.env.BENCH_POSTS ?? 1000);
const RUNS = 3;
const GOAL_SECONDS = 5;

// A 1×1 PNG: posts reference small images next to them, as real posts do.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const WORDS = (
  'de overheid werkt aan open standaarden voor api’s en gegevensuitwisseling tussen ' +
  'organisaties zodat burgers en ondernemers beter geholpen worden met digitale diensten ' +
  'die veilig betrouwbaar en toegankelijk zijn voor iedereen in nederland en europa'
).split(' ');

function sentence(seed: number, length: number): string {
  const words: string[] = [];
  for (let index = 0; index < length; index += 1) {
    words.push(WORDS[(seed * 7 + index * 13) % WORDS.length]);
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number): string {
  return [0, 1, 2, 3, 4].map((offset) => sentence(seed + offset, 14)).join(' ');
}

interface PostSpec {
  file: string;
  url: string;
}

function postSpec(number: number): PostSpec {
  const day = new Date(Date.UTC(2020, 0, 1) + number * 86_400_000);
  const [year, month, date] = [
    day.getUTCFullYear(),
    String(day.getUTCMonth() + 1).padStart(2, '0'),
    String(day.getUTCDate()).padStart(2, '0'),
  ];
  const slug = `artikel-${number}-over-open-standaarden`;
  return {
    file: `blog/${year}/${month}/${date}-${slug}.md${number % 4 === 0 ? 'x' : ''}`,
    url: `/blog/${year}/${month}/${date}/${slug}`,
  };
}

function post(number: number): string {
  const other = postSpec((number * 31 + 7) % POSTS);
  const mdx = number % 4 === 0;
  const sections = [
    '---',
    `title: Artikel ${number} over open standaarden en API’s`,
    'authors: [tom-ootes, martin-van-der-plas]',
    'tags: [api, fds, haven]',
    'description: Een verkenning van open standaarden, API’s en gegevensuitwisseling binnen de overheid, met voorbeelden uit de praktijk.',
    '---',
    mdx ? "import { Blockquote } from '@rijkshuisstijl-community/components-react';\n" : '',
    paragraph(number),
    '',
    '<!-- truncate -->',
    '',
    `![Schema van de gegevensuitwisseling](./img/schema-${number % 10}.png)`,
    '',
  ];
  for (let section = 0; section < 6; section += 1) {
    sections.push(
      `## Onderdeel ${section + 1} van het verhaal`,
      '',
      paragraph(number + section),
      '',
    );
    sections.push(paragraph(number + section + 50), '');
    if (section === 2) {
      sections.push(
        `Lees ook [het andere artikel](${other.url}#onderdeel-2-van-het-verhaal) en de [kennisbank](/kennisbank).`,
        '',
      );
    }
    if (section === 4) {
      sections.push(':::tip[Goed om te weten]', '', paragraph(number + 9), '', ':::', '');
      sections.push(
        '| Standaard | Doel |',
        '| --- | --- |',
        '| OAS | API’s beschrijven |',
        '| FSC | Verbinden |',
        '',
      );
    }
    if (section === 5) {
      sections.push('```yaml', 'openapi: 3.1.0', 'info:', '  title: Voorbeeld', '```', '');
      if (mdx) {
        sections.push(
          '<Blockquote attribution="— Uit de praktijk">',
          paragraph(number + 3),
          '</Blockquote>',
          '',
        );
      }
    }
  }
  return sections.join('\n');
}

function writeSite(root: string): void {
  fs.mkdirSync(path.join(root, 'blog'), { recursive: true });
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  for (const name of ['authors.yml', 'tags.yml']) {
    fs.copyFileSync(path.join('blog', name), path.join(root, 'blog', name));
  }
  fs.writeFileSync(
    path.join(root, 'docs', 'index.md'),
    '---\ntitle: Kennisbank\nslug: /\ndescription: De kennisbank van developer.overheid.nl met handleidingen voor wie bijdraagt.\n---\n\nWelkom.\n',
  );
  for (let number = 0; number < POSTS; number += 1) {
    const spec = postSpec(number);
    const absolute = path.join(root, spec.file);
    fs.mkdirSync(path.join(path.dirname(absolute), 'img'), { recursive: true });
    fs.writeFileSync(absolute, post(number));
    const image = path.join(path.dirname(absolute), 'img', `schema-${number % 10}.png`);
    if (!fs.existsSync(image)) {
      fs.writeFileSync(image, PIXEL);
    }
  }
}

interface Timing {
  median: number;
  timings: number[];
  /** Median processor time of all threads, in seconds. */
  cpu: number;
  problems: number;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function timeRuns(root: string, cacheDir: string | false): Promise<Timing> {
  const timings: number[] = [];
  const cpu: number[] = [];
  let problems = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const result = await checkContent({ rootDir: root, now: NOW, cacheDir });
    timings.push((performance.now() - start) / 1000);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1e6);
    problems = result.problems.length;
  }
  return { median: median(timings), timings, cpu: median(cpu), problems };
}

const NOW = new Date('2030-01-01T00:00:00Z');
const format = (seconds: number): string => seconds.toFixed(2).replace('.', ',');

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-content-'));
  try {
    writeSite(root);
    const cold = await timeRuns(root, false);
    console.log(
      `Zonder cache: ${POSTS} artikelen gecontroleerd in ${format(cold.median)} s (mediaan van ${RUNS}: ${cold.timings.map(format).join(' / ')} s); ${cold.problems} problemen.`,
    );
    console.log(
      `Processortijd zonder cache: ${format(cold.cpu)} s over alle threads (op een vrije machine met ${os.availableParallelism()} kernen ongeveer ${format(cold.cpu / os.availableParallelism())} s).`,
    );
    const cacheDir = path.join(root, '.cache');
    await checkContent({ rootDir: root, now: NOW, cacheDir });
    const warm = await timeRuns(root, cacheDir);
    console.log(
      `Met cache (niets gewijzigd): ${format(warm.median)} s (mediaan van ${RUNS}: ${warm.timings.map(format).join(' / ')} s).`,
    );
    const load = os.loadavg()[0];
    console.log(
      `${os.availableParallelism()} kernen, belasting ${load.toFixed(1).replace('.', ',')}${load > os.availableParallelism() ? ' (de machine is druk: tijden zijn hoger dan normaal)' : ''}.`,
    );
    const ok = cold.median < GOAL_SECONDS && cold.problems === 0;
    console.log(
      ok
        ? `Binnen het doel van ${GOAL_SECONDS} s.`
        : `Niet binnen het doel van ${GOAL_SECONDS} s zonder cache.`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (process.env.BENCH_KEEP) {
  fs.mkdirSync(process.env.BENCH_KEEP, { recursive: true });
  writeSite(process.env.BENCH_KEEP);
} else {
  void main();
}
