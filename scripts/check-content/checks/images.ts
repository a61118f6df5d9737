import fs from 'node:fs/promises';
import path from 'node:path';

import exifr from 'exifr';

import { isUnsafeUrl } from '../../../src/mdx/safety';
import { problem, type Problem } from '../rules';
import type { ContentFile, SiteIndex } from '../site';

/** Above this a warning (slow on a phone), above the next an error. */
export const IMAGE_WARN_BYTES = 500 * 1024;
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EXIF_FORMATS = /\.(jpe?g|png|webp|tiff?|heic|heif|avif)$/i;

interface ImageInfo {
  bytes: number;
  gps: boolean;
}

/** Size and GPS presence per image file, read once per run. */
export type ImageCache = Map<string, Promise<ImageInfo | undefined>>;

function readInfo(absolute: string, cache: ImageCache): Promise<ImageInfo | undefined> {
  let info = cache.get(absolute);
  if (!info) {
    info = (async () => {
      try {
        const stat = await fs.stat(absolute);
        if (!stat.isFile()) {
          return undefined;
        }
        let gps = false;
        if (EXIF_FORMATS.test(absolute)) {
          try {
            const position = await exifr.gps(absolute);
            gps =
              position !== undefined &&
              Number.isFinite(position.latitude) &&
              Number.isFinite(position.longitude);
          } catch {
            gps = false; // unreadable metadata is not the author's problem
          }
        }
        return { bytes: stat.size, gps };
      } catch {
        return undefined;
      }
    })();
    cache.set(absolute, info);
  }
  return info;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`
    : `${Math.round(bytes / 1024)} kB`;
}

/**
 * The file a local URL in a post points at, as the bundler resolves it;
 * undefined for another host, an unsafe or an empty URL (other rules).
 */
function localFile(
  written: string,
  file: ContentFile,
  rootDir: string,
  staticDir: string,
): string | undefined {
  const url = written.trim();
  if (url === '' || SCHEME.test(url) || url.startsWith('//') || isUnsafeUrl(url)) {
    return undefined;
  }
  let relative = url.replace(/[?#].*$/, '');
  try {
    relative = decodeURI(relative);
  } catch {
    // keep the raw text
  }
  return relative.startsWith('@site/')
    ? path.join(rootDir, relative.slice('@site/'.length))
    : relative.startsWith('/')
      ? path.join(rootDir, staticDir, relative)
      : path.resolve(path.dirname(file.absolutePath), relative);
}

/**
 * The files of a self-hosted video must exist: the build bundles them, and a
 * missing one stops it with the bundler's "Module not found".
 */
async function checkMedia(file: ContentFile, index: SiteIndex): Promise<Problem[]> {
  const problems: Problem[] = [];
  const { rootDir, staticDir } = index.layout;
  for (const media of file.media) {
    const absolute = localFile(media.url, file, rootDir, staticDir);
    if (absolute === undefined) continue;
    const exists = await fs.stat(absolute).then(
      (stat) => stat.isFile(),
      () => false,
    );
    if (!exists) {
      problems.push(
        problem(
          'video-ontbreekt',
          file.file,
          media.position,
          `Het bestand ${media.url} van ${media.attribute} bestaat niet. Zet de video (of de ondertitels) naast het artikel, bijvoorbeeld in een map img/, en controleer de naam, ook hoofdletters.`,
        ),
      );
    }
  }
  return problems;
}

/** Images must exist, have alt text, be small enough and carry no GPS position; video files must exist. */
export async function checkImages(
  file: ContentFile,
  index: SiteIndex,
  cache: ImageCache,
): Promise<Problem[]> {
  const problems: Problem[] = await checkMedia(file, index);
  const { rootDir, staticDir } = index.layout;
  for (const image of file.images) {
    if (image.alt !== undefined && image.alt.trim() === '') {
      problems.push(
        problem(
          'afbeelding-alt',
          file.file,
          image.position,
          `${image.where} heeft geen alternatieve tekst. Beschrijf tussen de blokhaken wat erop staat: ![Wat er op de afbeelding staat](${image.url || './img/…'}).`,
        ),
      );
    }
    const absolute = localFile(image.url, file, rootDir, staticDir);
    if (absolute === undefined) {
      continue;
    }
    const info = await readInfo(absolute, cache);
    if (!info) {
      problems.push(
        problem(
          'afbeelding-ontbreekt',
          file.file,
          image.position,
          `${image.where} bestaat niet. Zet het bestand naast het artikel (bijvoorbeeld in een map img/) en controleer de naam, ook hoofdletters.`,
        ),
      );
      continue;
    }
    if (info.bytes > IMAGE_MAX_BYTES) {
      problems.push(
        problem(
          'afbeelding-te-groot',
          file.file,
          image.position,
          `${image.where} is ${formatBytes(info.bytes)}; het maximum is 5 MB. Verklein de afbeelding (bijvoorbeeld tot 1600 pixels breed) of sla haar op als JPEG of WebP.`,
        ),
      );
    } else if (info.bytes > IMAGE_WARN_BYTES) {
      problems.push(
        problem(
          'afbeelding-groot',
          file.file,
          image.position,
          `${image.where} is ${formatBytes(info.bytes)} en laadt traag op een telefoon. Maak haar liefst kleiner dan 500 kB (bijvoorbeeld 1600 pixels breed, JPEG of WebP).`,
        ),
      );
    }
    if (info.gps) {
      problems.push(
        problem(
          'afbeelding-gps',
          file.file,
          image.position,
          `${image.where} bevat een GPS-positie: de plek waar de foto is gemaakt. De site haalt die weg uit de afbeeldingen die ze toont, maar in de repository blijft ze te lezen. Verwijder de locatiegegevens voordat je het bestand toevoegt (in de meeste fotobewerkers: exporteren zonder metadata).`,
        ),
      );
    }
  }
  return problems;
}
