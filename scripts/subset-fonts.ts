/**
 * Subsets the four Fira Sans faces the site uses (400 and 700, upright and
 * italic) to the characters Dutch and English text on the site needs, and
 * writes them as WOFF2 to src/fonts/, with their @font-face rules in
 * src/css/fonts.generated.css. The CSS `unicode-range` is computed from the
 * same CHARACTER_SET the fonts are cut to, so the two cannot disagree: for a
 * character outside it the browser takes the next font of the stack (Arial).
 *
 * Why a script and committed output, not a bundler plugin: the subsets are a
 * few KB each and change only with this file or a font upgrade, and a
 * committed file is reviewable and keeps the build free of WebAssembly work.
 * The CSS links the fonts by relative URL, so the bundler content-hashes them
 * into build/assets/fonts/ and they can be cached as immutable.
 *
 * Source: the full Google Fonts build of Fira Sans 4.203 from
 * `@expo-google-fonts/fira-sans` (build-time only). The `@fontsource/fira-sans`
 * files are the same version, but already cut into Google's subsets: its
 * "latin" file lacks → and ← (which the theme shows) and ĳ, and no file has
 * all three. The social card (plugins/blog/images/social-card.ts) keeps using
 * `@fontsource/fira-sans`.
 *
 * Subsetting is done by HarfBuzz (hb-subset, as WebAssembly) through
 * `subset-font`; its output is byte-for-byte deterministic, so
 * tests/unit/fonts.test.ts can check that the committed files are what this
 * script makes. Run after changing this file or upgrading the font or
 * subset-font, then commit the output:
 *
 *     npm run fonts:subset
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import subsetFont from 'subset-font';

/** A run of code points, both ends included. */
export interface CharacterRange {
  readonly from: number;
  readonly to: number;
  /** What it is, and why the site needs it. */
  readonly why: string;
}

/**
 * The characters the fonts keep: the one place that decides it (the CSS
 * `unicode-range` is generated from it).
 *
 * - Everything of Windows-1252, the repertoire most Dutch and English text is
 *   typed in (Basic Latin, Latin-1 with all Dutch, French and German accented
 *   letters, the curly quotes, dashes, ellipsis, €, ™ and the guilder sign ƒ),
 *   plus the Dutch ĳ/Ĳ ligature letters, which Dutch text can contain (cheap:
 *   two composite glyphs, about 100 bytes a face).
 * - The rest of Latin Extended-A (Turkish ş ğ ı, Polish ł, Czech č ř, …) is left
 *   out on purpose: each face would grow by about 2.4 KB for letters no text on
 *   the site uses yet; such a letter falls back to Arial. The content test
 *   (tests/unit/fonts.test.ts) names any character the site's text uses that is
 *   not here, so adding one is a decision, not an accident.
 * - No combining accents (U+0300…): the site's text is NFC (precomposed é, ë).
 * - Not available: U+FFFD (replacement character), U+2010/U+2011 (hyphen,
 *   non-breaking hyphen), thin and other width spaces, primes: Fira Sans has no
 *   glyph for them, so they fall back whatever this list says.
 */
export const CHARACTER_SET: readonly CharacterRange[] = [
  { from: 0x0020, to: 0x007e, why: 'Basic Latin (printable ASCII)' },
  {
    from: 0x00a0,
    to: 0x00ff,
    why: 'Latin-1 Supplement: é ë ï ó ü à ç ß, « », ©, ×, no-break space',
  },
  { from: 0x0132, to: 0x0133, why: 'Ĳ ĳ: the Dutch ij as one letter' },
  { from: 0x0152, to: 0x0153, why: 'Œ œ (Windows-1252)' },
  { from: 0x0160, to: 0x0161, why: 'Š š (Windows-1252)' },
  { from: 0x0178, to: 0x0178, why: 'Ÿ (Windows-1252)' },
  { from: 0x017d, to: 0x017e, why: 'Ž ž (Windows-1252)' },
  { from: 0x0192, to: 0x0192, why: 'ƒ: florin, the guilder sign (Windows-1252)' },
  { from: 0x02c6, to: 0x02c6, why: 'ˆ modifier circumflex (Windows-1252)' },
  { from: 0x02dc, to: 0x02dc, why: '˜ small tilde (Windows-1252)' },
  { from: 0x2012, to: 0x2016, why: '‒ figure dash, – en dash, — em dash, ― bar, ‖' },
  { from: 0x2018, to: 0x201a, why: '‘ ’ ‚ single quotes (’ is the Dutch apostrophe)' },
  { from: 0x201c, to: 0x201e, why: '“ ” „ double quotes' },
  { from: 0x2020, to: 0x2022, why: '† ‡ •' },
  { from: 0x2026, to: 0x2026, why: '… ellipsis' },
  { from: 0x2030, to: 0x2030, why: '‰ per mille (Windows-1252)' },
  { from: 0x2039, to: 0x203a, why: '‹ › (› in breadcrumbs and texts)' },
  { from: 0x20ac, to: 0x20ac, why: '€' },
  { from: 0x2122, to: 0x2122, why: '™' },
  { from: 0x2190, to: 0x2193, why: '← ↑ → ↓: the arrows the theme shows' },
  { from: 0x2212, to: 0x2212, why: '− minus sign' },
];

/**
 * OpenType layout features kept: the ones browsers apply to Latin text by
 * default, so the text renders exactly as with the full font (kerning, the fi/fl
 * ligatures, contextual alternates, mark placement). Dropped: every opt-in
 * feature (small caps, stylistic sets and alternates, fractions, tabular and
 * old-style figures, superiors, …; no CSS of the site or its dependencies turns
 * one on, and their glyphs are most of the savings), and `locl`, whose forms
 * are for Polish, Turkish, Catalan and other languages the site does not
 * publish in (Fira Sans has none for Dutch).
 */
export const LAYOUT_FEATURES: readonly string[] = ['ccmp', 'liga', 'calt', 'kern', 'mark', 'mkmk'];

/**
 * `name` table entries kept beyond HarfBuzz's default ids 0–6 (copyright, family,
 * version…): 13 and 14, the licence text and URL, so every copy carries the SIL
 * Open Font License as the licence asks (about 60 bytes per file).
 */
const PRESERVE_NAME_IDS = [13, 14];

/** A face of the family: its CSS descriptors and its source file in the font package. */
export interface Face {
  readonly weight: 400 | 700;
  readonly style: 'normal' | 'italic';
  /** Path of the TTF inside `@expo-google-fonts/fira-sans`. */
  readonly source: string;
}

export const FACES: readonly Face[] = [
  { weight: 400, style: 'normal', source: '400Regular/FiraSans_400Regular.ttf' },
  { weight: 400, style: 'italic', source: '400Regular_Italic/FiraSans_400Regular_Italic.ttf' },
  { weight: 700, style: 'normal', source: '700Bold/FiraSans_700Bold.ttf' },
  { weight: 700, style: 'italic', source: '700Bold_Italic/FiraSans_700Bold_Italic.ttf' },
];

const FONT_PACKAGE = 'node_modules/@expo-google-fonts/fira-sans';

/** Output: the fonts' directory and the stylesheet, relative to the site directory. */
export const FONT_DIR = 'src/fonts';
export const FONT_CSS = 'src/css/fonts.generated.css';

/** Path of a face's subset, relative to the site directory. */
export function fontFile(face: Face): string {
  return `${FONT_DIR}/fira-sans-${face.weight}-${face.style}.woff2`;
}

/** Path of a face's source font, relative to the site directory. */
export function sourceFile(face: Face): string {
  return `${FONT_PACKAGE}/${face.source}`;
}

/** Every code point of the character set, ascending, each once. */
export function codePoints(set: readonly CharacterRange[] = CHARACTER_SET): number[] {
  const points = new Set<number>();
  for (const { from, to } of set) {
    if (from > to) throw new Error(`Empty range U+${hex(from)}-${hex(to)}`);
    for (let point = from; point <= to; point++) points.add(point);
  }
  return [...points].sort((a, b) => a - b);
}

function hex(point: number): string {
  return point.toString(16).toUpperCase().padStart(4, '0');
}

/** A CSS `unicode-range` value for the code points: adjacent ones merged into ranges. */
export function unicodeRange(points: readonly number[]): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const point of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === point - 1) last[1] = point;
    else ranges.push([point, point]);
  }
  return ranges
    .map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
    .join(', ');
}

/** The code points a font's cmap maps (SFNT data). */
export async function mappedCodePoints(sfnt: Uint8Array): Promise<Set<number>> {
  // harfbuzzjs is an ES module with top-level await: loaded on demand.
  const hb = await import('harfbuzzjs');
  return new Set(new hb.Face(new hb.Blob(sfnt)).collectUnicodes());
}

/** The subset of one face, as WOFF2. */
export async function subsetFace(rootDir: string, face: Face): Promise<Buffer> {
  const source = await readFile(path.join(rootDir, sourceFile(face)));
  const points = codePoints();
  // Checked against the source, so unicode-range never claims a glyph the font lacks.
  const mapped = await mappedCodePoints(source);
  const missing = points.filter((point) => !mapped.has(point));
  if (missing.length > 0) {
    throw new Error(`${face.source} has no glyph for ${unicodeRange(missing)}`);
  }
  return subsetFont(source, String.fromCodePoint(...points), {
    targetFormat: 'woff2',
    keepFeatures: [...LAYOUT_FEATURES],
    preserveNameIds: PRESERVE_NAME_IDS,
    // Hinting (TrueType instructions and the fpgm/prep/cvt tables) is about 40% of
    // the glyph data. macOS, iOS and Android ignore it, and the browsers on Windows
    // (DirectWrite) smooth unhinted outlines well; Google Fonts serves Fira unhinted
    // to every other system, and @fontsource's WOFF files are unhinted too.
    noHinting: true,
  });
}

function fontFaceRules(faces: readonly Face[], range: string): string {
  const rules = faces.map(
    (face) => `@font-face {
  font-family: 'Fira Sans';
  font-style: ${face.style};
  font-weight: ${face.weight};
  font-display: swap;
  src: url('${path.posix.relative(path.posix.dirname(FONT_CSS), fontFile(face))}') format('woff2');
  unicode-range: ${range};
}`,
  );
  return `/*
 * GENERATED by scripts/subset-fonts.ts (\`npm run fonts:subset\`): do not edit.
 * Fira Sans 4.203 (SIL Open Font License 1.1; Digitized data copyright 2012-2016, The Mozilla
 * Foundation and Telefonica S.A.), cut to the character set of that script. \`unicode-range\`
 * is that same set: the browser takes any other character from the next font of the stack.
 */
${rules.join('\n\n')}
`;
}

async function format(rootDir: string, file: string, source: string): Promise<string> {
  const filepath = path.join(rootDir, file);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(source, { ...options, filepath });
}

/** Produces the content of every generated file, keyed by its path. */
export async function generate(rootDir: string): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  for (const face of FACES) files[fontFile(face)] = await subsetFace(rootDir, face);
  const css = await format(rootDir, FONT_CSS, fontFaceRules(FACES, unicodeRange(codePoints())));
  files[FONT_CSS] = Buffer.from(css);
  return files;
}

async function main(): Promise<void> {
  const rootDir = process.cwd();
  const files = await generate(rootDir);
  await mkdir(path.join(rootDir, FONT_DIR), { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    await writeFile(path.join(rootDir, file), content);
    console.log(`wrote ${file} (${content.byteLength} bytes)`);
  }
}

if (process.argv[1]?.endsWith('subset-fonts.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
