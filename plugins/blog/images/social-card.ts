/**
 * The social card: a 1200×630 PNG in the house style for posts without a
 * cover image, composed as SVG and rendered by sharp (librsvg).
 *
 * Text is turned into glyph outlines with opentype.js from the Fira Sans
 * files that `@fontsource/fira-sans` ships, so the card looks the same on
 * every machine: librsvg would otherwise fall back to whatever fonts
 * fontconfig finds (none on a bare CI machine).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import sharp from 'sharp';
import { SOCIAL_HEIGHT, SOCIAL_WIDTH } from './presets';

const CARD_WIDTH = SOCIAL_WIDTH;
const CARD_HEIGHT = SOCIAL_HEIGHT;

/** Rijkshuisstijl colours. */
const LINTBLAUW = '#154273';
const WHITE = '#ffffff';
const HEMELBLAUW_LIGHT = '#d9ebf7';

const requireFromHere = createRequire(__filename);
const fonts = new Map<string, opentype.Font>();

function loadFont(weight: 400 | 700): opentype.Font {
  const file = requireFromHere.resolve(
    `@fontsource/fira-sans/files/fira-sans-latin-${weight}-normal.woff`,
  );
  let font = fonts.get(file);
  if (!font) {
    const data = readFileSync(file);
    font = opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
    fonts.set(file, font);
  }
  return font;
}

/** The parts of opentype.js' layout that its type declarations leave out. */
interface FontLayout {
  stringToGlyphs(text: string, options: unknown): opentype.Glyph[];
  position: {
    getDefaultScriptName(): string;
    getKerningTables(script: string, language?: string): unknown;
    getKerningValue(tables: unknown, left: number, right: number): number;
  };
}

const wordGlyphs = new WeakMap<opentype.Font, Map<string, opentype.Glyph[]>>();
const kerningTables = new WeakMap<opentype.Font, { tables: unknown }>();

/** The glyphs of a word (or a space), shaped once per font and word. */
function shapedWord(font: opentype.Font, word: string): opentype.Glyph[] {
  let words = wordGlyphs.get(font);
  if (!words) {
    words = new Map();
    wordGlyphs.set(font, words);
  }
  let glyphs = words.get(word);
  if (!glyphs) {
    // With the render options, as `getAdvanceWidth` and `getPath` shape text.
    glyphs = (font as unknown as FontLayout).stringToGlyphs(word, font.defaultRenderOptions);
    words.set(word, glyphs);
  }
  return glyphs;
}

/**
 * The width of `text` at `size`, as `font.getAdvanceWidth` computes it (the
 * same sums in the same order, so the very same number), but with each word
 * shaped once: shaping (ligatures, composed characters) never reaches across
 * a space, and shaping every candidate line and every line again took most of
 * the time of a card. tests/unit/reading.test.ts holds the two equal.
 */
export function advanceWidth(font: opentype.Font, text: string, size: number): number {
  return layOut(font, text, 0, size, () => undefined);
}

/**
 * Walks the glyphs of `text` from `x` as opentype.js' `forEachGlyph` does:
 * advance, then kerning with the next glyph. Returns the end position.
 */
function layOut(
  font: opentype.Font,
  text: string,
  x: number,
  size: number,
  each: (glyph: opentype.Glyph, x: number) => void,
): number {
  const layout = (font as unknown as FontLayout).position;
  let kerning = kerningTables.get(font);
  if (!kerning) {
    kerning = { tables: layout.getKerningTables(layout.getDefaultScriptName()) };
    kerningTables.set(font, kerning);
  }
  const glyphs = text
    .split(' ')
    .flatMap((word, i) =>
      i === 0 ? shapedWord(font, word) : [...shapedWord(font, ' '), ...shapedWord(font, word)],
    );
  const scale = (1 / font.unitsPerEm) * size;
  for (let i = 0; i < glyphs.length; i += 1) {
    const glyph = glyphs[i];
    each(glyph, x);
    if (glyph.advanceWidth) x += glyph.advanceWidth * scale;
    if (i < glyphs.length - 1) {
      const next = glyphs[i + 1];
      const value = kerning.tables
        ? layout.getKerningValue(kerning.tables, glyph.index, next.index)
        : font.getKerningValue(glyph, next);
      x += value * scale;
    }
  }
  return x;
}

/** The outline of `text` at (`x`, `y`), as `font.getPath` draws it, from the shaped words. */
export function textOutline(
  font: opentype.Font,
  text: string,
  x: number,
  y: number,
  size: number,
): opentype.Path {
  const outline = new opentype.Path();
  layOut(font, text, x, size, (glyph, glyphX) => {
    outline.extend(glyph.getPath(glyphX, y, size));
  });
  return outline;
}

/** Splits text into lines no wider than `maxWidth` at `size`; ellipsis past `maxLines`. */
export function wrapText(
  font: opentype.Font,
  text: string,
  size: number,
  maxWidth: number,
  maxLines: number,
): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || advanceWidth(font, candidate, size) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(' ') && advanceWidth(font, `${last} …`, size) > maxWidth) {
    last = last.slice(0, last.lastIndexOf(' '));
  }
  kept[maxLines - 1] = `${last.replace(/[\s,.:;–-]+$/, '')} …`;
  return kept;
}

/** A coordinate with at most two decimals: `12.5`, `-3`, `164.74`. */
function coordinate(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * SVG path data of a glyph path. Not opentype.js' `toPathData`: its rounding
 * (1.3.5) turns a coordinate a hair off a whole number (a fraction like
 * 1e-13, written in exponent notation) into NaN, and librsvg stops drawing
 * the path there, cutting words off the card.
 */
export function pathData(path: opentype.Path): string {
  return path.commands
    .map((command) => {
      switch (command.type) {
        case 'M':
        case 'L':
          return `${command.type}${coordinate(command.x)} ${coordinate(command.y)}`;
        case 'Q':
          return `Q${[command.x1, command.y1, command.x, command.y].map(coordinate).join(' ')}`;
        case 'C':
          return `C${[command.x1, command.y1, command.x2, command.y2, command.x, command.y].map(coordinate).join(' ')}`;
        default:
          return 'Z';
      }
    })
    .join('');
}

function textPath(
  font: opentype.Font,
  text: string,
  x: number,
  y: number,
  size: number,
  fill: string,
): string {
  return `<path fill="${fill}" d="${pathData(textOutline(font, text, x, y, size))}"/>`;
}

export interface CardText {
  title: string;
  /** Date as readers see it, e.g. `15 juli 2025`. */
  date: string;
  siteName: string;
}

/** The card as SVG markup (exported for tests and for a look at it). */
export function socialCardSvg({ title, date, siteName }: CardText): string {
  const bold = loadFont(700);
  const regular = loadFont(400);
  const padding = 80;
  const bandHeight = 500;
  const maxWidth = CARD_WIDTH - 2 * padding;
  // Shrink long titles so they keep to four lines.
  let size = 68;
  let lines = wrapText(bold, title, size, maxWidth, 4);
  while (size > 48 && wrapText(bold, title, size, maxWidth, 99).length > 3) {
    size -= 4;
    lines = wrapText(bold, title, size, maxWidth, 4);
  }
  const lineHeight = Math.round(size * 1.18);
  const dateSize = 34;
  const blockHeight = lines.length * lineHeight + 24 + dateSize;
  let y = Math.round((bandHeight - blockHeight) / 2 + size * 0.9);
  const parts: string[] = [];
  for (const line of lines) {
    parts.push(textPath(bold, line, padding, y, size, WHITE));
    y += lineHeight;
  }
  parts.push(
    textPath(regular, date, padding, y + 24 - lineHeight + dateSize, dateSize, HEMELBLAUW_LIGHT),
  );
  const footerY = bandHeight + Math.round((CARD_HEIGHT - bandHeight) / 2) + 14;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${WHITE}"/>`,
    `<rect width="${CARD_WIDTH}" height="${bandHeight}" fill="${LINTBLAUW}"/>`,
    // The "lint": the vertical ribbon of the Rijkshuisstijl logo, top centre.
    `<rect x="${CARD_WIDTH / 2 - 22}" y="0" width="44" height="72" fill="${WHITE}" opacity="0.16"/>`,
    ...parts,
    `<rect x="${padding}" y="${footerY - 30}" width="8" height="40" fill="${LINTBLAUW}"/>`,
    textPath(bold, siteName, padding + 24, footerY, 36, LINTBLAUW),
    `</svg>`,
  ].join('');
}

/**
 * Renders the card to a PNG: lossless, opaque (the card has no transparent
 * pixel), at zlib's default level. A 256-colour palette made the file a third
 * of the size (about 15 instead of 50 KB) but took 20 times as long (about
 * 0.2 s a card, on every post without an image), for a file only link
 * previews fetch.
 */
export async function renderSocialCard(text: CardText): Promise<Buffer> {
  return sharp(Buffer.from(socialCardSvg(text)))
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
