/**
 * Fixture sites for the content check. A fixture is a directory with a
 * small site (blog/…, docs/…) and an expect.json. Binary files are made at
 * test time from the `generate` list so the repository holds no large or
 * odd images: `png` (a 1×1 PNG padded to `bytes`), `gps-jpeg` (a JPEG
 * whose EXIF carries a GPS position), `mp4` (an MP4 file-type box padded to
 * 20 kB: a video file as far as the build is concerned) and `vtt` (captions).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/content');

export interface GenerateSpec {
  path: string;
  kind: 'png' | 'gps-jpeg' | 'mp4' | 'vtt';
  bytes?: number;
}

export interface Expectation {
  /** Corpus entries (tests/fixtures/corpus): what authors write, as the table of issue 19 says it. */
  row?: string;
  /** Corpus entries: the verdict the checker should give. */
  want?: 'ok' | 'waarschuwing' | 'fout';
  rule?: string;
  /** Bad fixtures: how many problems (all of `rule`, the first at `line`) when more than one. */
  count?: number;
  file?: string;
  line?: number;
  column?: number;
  generate?: GenerateSpec[];
}

const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function png(bytes = PIXEL_PNG.length): Buffer {
  return Buffer.concat([PIXEL_PNG, Buffer.alloc(Math.max(0, bytes - PIXEL_PNG.length))]);
}

/** A real 2×2 JPEG (from sharp), so the build can decode it as a reader's browser would. */
const PIXELS_JPEG = Buffer.from(
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/ALAA0If/2Q==',
  'base64',
);

/** A small real JPEG with an EXIF APP1 segment holding GPSLatitude/Longitude (The Hague). */
export function gpsJpeg(): Buffer {
  // TIFF, little endian. Offsets are from the start of the TIFF header.
  const tiff = Buffer.alloc(8 + 2 + 12 + 4 + 2 + 4 * 12 + 4 + 48);
  let at = 0;
  tiff.write('II', at);
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  at = 8;
  // IFD0: one entry, GPSInfo (0x8825) pointing at the GPS IFD.
  tiff.writeUInt16LE(1, at);
  const gpsIfd = 8 + 2 + 12 + 4;
  tiff.writeUInt16LE(0x8825, at + 2);
  tiff.writeUInt16LE(4, at + 4); // LONG
  tiff.writeUInt32LE(1, at + 6);
  tiff.writeUInt32LE(gpsIfd, at + 10);
  tiff.writeUInt32LE(0, at + 14); // no next IFD
  at = gpsIfd;
  const rationals = gpsIfd + 2 + 4 * 12 + 4;
  tiff.writeUInt16LE(4, at);
  const entry = (index: number, tag: number, type: number, count: number, value: number): void => {
    const offset = at + 2 + index * 12;
    tiff.writeUInt16LE(tag, offset);
    tiff.writeUInt16LE(type, offset + 2);
    tiff.writeUInt32LE(count, offset + 4);
    tiff.writeUInt32LE(value, offset + 8);
  };
  entry(0, 0x0001, 2, 2, 'N'.charCodeAt(0)); // GPSLatitudeRef "N\0", inline
  entry(1, 0x0002, 5, 3, rationals); // GPSLatitude
  entry(2, 0x0003, 2, 2, 'E'.charCodeAt(0)); // GPSLongitudeRef "E\0", inline
  entry(3, 0x0004, 5, 3, rationals + 24); // GPSLongitude
  tiff.writeUInt32LE(0, at + 2 + 4 * 12);
  const degrees = [52, 1, 4, 1, 45, 1, 4, 1, 18, 1, 0, 1];
  degrees.forEach((value, index) => tiff.writeUInt32LE(value, rationals + index * 4));
  const exif = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(exif.length + 2, 2);
  // SOI, the EXIF segment, then the rest of a real JPEG (after its own SOI).
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, exif, PIXELS_JPEG.subarray(2)]);
}

function generated(spec: GenerateSpec): Buffer {
  switch (spec.kind) {
    case 'png':
      return png(spec.bytes);
    case 'gps-jpeg':
      return gpsJpeg();
    case 'mp4': {
      const box = Buffer.alloc(spec.bytes ?? 20_000);
      box.writeUInt32BE(24, 0);
      box.write('ftypisom', 4, 'latin1');
      box.writeUInt32BE(0x200, 12);
      box.write('isomiso2', 16, 'latin1');
      return box;
    }
    case 'vtt':
      return Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nWelkom bij de demo.\n');
  }
}

/** Copies a fixture to a temporary directory and makes its generated files. */
export function materialize(fixture: string): { root: string; expectation: Expectation } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-fixture-'));
  fs.cpSync(fixture, root, { recursive: true });
  const expectFile = path.join(root, 'expect.json');
  const expectation: Expectation = fs.existsSync(expectFile)
    ? (JSON.parse(fs.readFileSync(expectFile, 'utf8')) as Expectation)
    : {};
  fs.rmSync(expectFile, { force: true });
  for (const spec of expectation.generate ?? []) {
    const target = path.join(root, spec.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, generated(spec));
  }
  return { root, expectation };
}

/** The fixture directories under good/ or bad/. */
export function fixtureNames(kind: 'good' | 'bad'): string[] {
  return fs
    .readdirSync(path.join(FIXTURES, kind), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
