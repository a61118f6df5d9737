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
    if (!line || font.getAdvanceWidth(candidate, size) <= maxWidth) {
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
  while (last.includes(' ') && font.getAdvanceWidth(`${last} …`, size) > maxWidth) {
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
  return `<path fill="${fill}" d="${pathData(font.getPath(text, x, y, size))}"/>`;
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
