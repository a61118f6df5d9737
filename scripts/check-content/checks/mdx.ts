import {
  VIDEO_DIRECTIVES,
  VIDEO_PROVIDERS,
  admonitionFor,
  findSafetyProblems,
  isValidVideoId,
  unknownAdmonitionMessage,
  type MdNode,
  type VideoProvider,
} from '../../../src/mdx/rules';
import { checkReaderView } from './reader';
import { didYouMean } from '../suggest';
import { problem, type Problem } from '../rules';
import { positionOf } from '../position';
import type { ParsedFile } from '../parse';

function directiveLabel(node: MdNode): string {
  const label = (node.children ?? []).map((child) =>
    typeof child.value === 'string' ? child.value : directiveLabel(child),
  );
  return label.join('').trim();
}

/** Checks leaf and container directives: admonitions and video embeds. */
function checkDirectives(file: string, root: MdNode): Problem[] {
  const problems: Problem[] = [];
  const videos: Readonly<Record<string, VideoProvider>> = VIDEO_DIRECTIVES;
  const walk = (node: MdNode): void => {
    const name = node.name ?? '';
    if (node.type === 'containerDirective' && !admonitionFor(name).known) {
      // The build shows it as a note (plugins/remark-content-habits): text is never lost.
      problems.push(
        problem('kader-onbekend', file, positionOf(node), unknownAdmonitionMessage(name)),
      );
    } else if (node.type === 'leafDirective') {
      const platform = videos[name];
      if (!platform) {
        problems.push(
          problem(
            'directive-onbekend',
            file,
            positionOf(node),
            `::${name} is geen bekende video of blok en wordt niet getoond.${didYouMean(name, Object.keys(videos))} Een video schrijf je als ::video-vimeo[Titel]{id=…} of ::video-youtube[Titel]{id=…}.`,
          ),
        );
      } else {
        const attributes = (node.attributes ?? {}) as Record<string, string | null | undefined>;
        const id = attributes.id ?? '';
        // The label is the first child paragraph of a leaf directive.
        const title = (node.children ?? []).length > 0 ? directiveLabel(node) : '';
        if (!isValidVideoId(platform, id)) {
          problems.push(
            problem(
              'video',
              file,
              positionOf(node),
              `De video heeft ${id ? `een ongeldige id (${id})` : 'geen id'}. Schrijf ::${name}[Titel van de video]{id=${VIDEO_PROVIDERS[platform].exampleId}}: de id van ${VIDEO_PROVIDERS[platform].label} bestaat uit ${VIDEO_PROVIDERS[platform].idDescription} en staat in het webadres van de video.`,
            ),
          );
        } else if (!title) {
          problems.push(
            problem(
              'video',
              file,
              positionOf(node),
              `De video heeft geen titel. Schrijf ::${name}[Titel van de video]{id=${id}}: wie een schermlezer gebruikt, hoort die titel.`,
            ),
          );
        }
      }
    }
    for (const child of node.children ?? []) {
      walk(child);
    }
  };
  walk(root);
  return problems;
}

/** MDX syntax, the safety rules, directives and what the reader would see broken. */
export function checkMdx(file: string, parsed: ParsedFile): Problem[] {
  const { tree, mdxError } = parsed;
  if (mdxError || !tree) {
    return [
      problem(
        'mdx-syntax',
        file,
        mdxError?.position,
        mdxError?.message ?? 'Dit bestand kan niet gelezen worden.',
      ),
    ];
  }
  const problems = findSafetyProblems(tree).map((found) =>
    problem(found.rule, file, found, found.message),
  );
  return problems.concat(checkDirectives(file, tree), checkReaderView(file, tree));
}
