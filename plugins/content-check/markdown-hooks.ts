/**
 * Docusaurus' hooks for a Markdown link or image that points at a file that
 * does not exist, as functions: its own messages end with advice to switch
 * the check off (`onBrokenMarkdownLinks`, `onBrokenMarkdownImages`), which
 * is never what an author should do. These say what is wrong and how to fix
 * it, in Dutch, at the line. The content check (plugins/content-check)
 * normally stops a build before this point (rules link-kapot and
 * afbeelding-ontbreekt); these are for what it did not see.
 */
import type { MarkdownHooks } from '@docusaurus/types';

type Located = { position?: { start: { line: number; column: number } } };

function at(sourceFilePath: string, node: Located): string {
  const start = node.position?.start;
  return start ? `${sourceFilePath}:${start.line}:${start.column}` : sourceFilePath;
}

/** A link to a Markdown file that is not there: a fout, in the author's words. */
export const onBrokenMarkdownLinks: MarkdownHooks['onBrokenMarkdownLinks'] = ({
  sourceFilePath,
  url,
  node,
}) => {
  throw new Error(
    `${at(sourceFilePath, node)}  fout  link-kapot  De link ${url} wijst naar een bestand dat niet bestaat. ` +
      'Een relatief pad begint bij de map van dit bestand: ../ is één map hoger. ' +
      'Controleer het pad, of link naar het webadres van een gepubliceerd artikel.',
  );
};

/** An image file that is not there. */
export const onBrokenMarkdownImages: MarkdownHooks['onBrokenMarkdownImages'] = ({
  sourceFilePath,
  url,
  node,
}) => {
  throw new Error(
    `${at(sourceFilePath, node)}  fout  afbeelding-ontbreekt  De afbeelding ${url} bestaat niet. ` +
      'Zet het bestand in de map img/ naast het artikel en schrijf ./img/naam.png.',
  );
};
