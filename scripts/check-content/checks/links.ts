import fs from 'node:fs';
import path from 'node:path';

import { isUnsafeUrl } from '../../../src/mdx/safety';
import type { LinkReference } from '../analyze';
import { closestKey } from '../suggest';
import { problem, type Problem } from '../rules';
import { normalizeRoute, type ContentFile, type SiteIndex } from '../site';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
function decode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function checkTarget(
  from: ContentFile,
  target: ContentFile,
  anchor: string,
  url: string,
  position: LinkReference['position'],
): Problem | undefined {
  if (target.draft && !from.draft) {
    return problem(
      'link-kapot',
      from.file,
      position,
      `De link ${url} gaat naar ${target.file}, een concept (draft: true) dat nog niet gepubliceerd is. Link ernaar zodra het verschenen is.`,
    );
  }
  if (anchor && !target.anchorSet.has(anchor)) {
    const suggestion = closestKey(anchor, target.anchorSet);
    return problem(
      'anker-kapot',
      from.file,
      position,
      `De link ${url} verwijst naar het anker #${anchor}, maar ${target === from ? 'dit bestand' : target.file} heeft geen kop met die naam.${suggestion ? ` Bedoel je #${suggestion}?` : ''}`,
    );
  }
  return undefined;
}

function checkRoute(
  from: ContentFile,
  index: SiteIndex,
  route: string,
  anchor: string,
  url: string,
  position: LinkReference['position'],
): Problem | undefined {
  const target = index.contentRoutes.get(route)?.[0];
  if (target) {
    return checkTarget(from, target, anchor, url, position);
  }
  if (index.otherRoutes.has(route)) {
    return undefined;
  }
  const suggestion = closestKey(route, index.contentRoutes.keys());
  return problem(
    'link-kapot',
    from.file,
    position,
    `De link ${url} gaat nergens heen: de pagina ${route} bestaat niet op deze site.${suggestion ? ` Bedoel je ${suggestion}?` : ''}`,
  );
}

/** Links to pages, files and anchors of this site must resolve. */
export function checkLinks(file: ContentFile, index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  const directory = path.dirname(file.absolutePath);
  const { rootDir, blogDir, docsDir } = index.layout;
  for (const { url, position } of file.links) {
    const trimmed = url.trim();
    if (
      trimmed === '' ||
      SCHEME.test(trimmed) ||
      trimmed.startsWith('//') ||
      isUnsafeUrl(trimmed)
    ) {
      continue; // external (unsafe schemes are the url-onveilig rule)
    }
    const hashAt = trimmed.indexOf('#');
    const anchor = hashAt === -1 ? '' : decode(trimmed.slice(hashAt + 1));
    const pathPart = decode(
      (hashAt === -1 ? trimmed : trimmed.slice(0, hashAt)).replace(/\?.*$/, ''),
    );
    let found: Problem | undefined;
    if (pathPart === '') {
      found = anchor ? checkTarget(file, file, anchor, url, position) : undefined;
    } else if (/\.mdx?$/.test(pathPart)) {
      const candidates = pathPart.startsWith('@site/')
        ? [path.join(rootDir, pathPart.slice('@site/'.length))]
        : pathPart.startsWith('/')
          ? [rootDir, path.join(rootDir, blogDir), path.join(rootDir, docsDir)].map((base) =>
              path.join(base, pathPart),
            )
          : [path.resolve(directory, pathPart)];
      const target = candidates
        .map((candidate) => index.byAbsolutePath.get(candidate))
        .find(Boolean);
      found = !target
        ? problem(
            'link-kapot',
            file.file,
            position,
            `De link ${url} verwijst naar een bestand dat niet bestaat (of geen artikel of kennisbankpagina is). Controleer de map en de naam.`,
          )
        : target.kind !== file.kind
          ? // Docusaurus resolves a Markdown file link only within one plugin (blog or docs).
            problem(
              'link-kapot',
              file.file,
              position,
              `De link ${url} verwijst naar een bestand ${target.kind === 'kennisbank' ? 'van de kennisbank vanuit een artikel' : 'van het blog vanuit de kennisbank'}; zo'n bestandslink kan de site niet omzetten. Gebruik het webadres: ${target.permalink}.`,
            )
          : checkTarget(file, target, anchor, url, position);
    } else if (pathPart.startsWith('/')) {
      found = checkRoute(file, index, normalizeRoute(pathPart), anchor, url, position);
    } else if (!fs.existsSync(path.resolve(directory, pathPart))) {
      const route = new URL(pathPart, `https://site.invalid${file.permalink}`).pathname;
      found = checkRoute(file, index, normalizeRoute(decode(route)), anchor, url, position);
    }
    if (found) {
      problems.push(found);
    }
  }
  return problems;
}
