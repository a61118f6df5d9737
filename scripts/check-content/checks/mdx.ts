import { ADMONITION_TYPES, VIDEO_DIRECTIVES } from '../../../src/mdx/allowlist';
import { findSafetyProblems, type MdNode } from '../../../src/mdx/safety';
import { didYouMean } from '../suggest';
import { problem, type Problem } from '../rules';
import { positionOf } from '../position';
import type { ParsedFile } from '../parse';

const VIDEO_ID: Readonly<Record<string, RegExp>> = {
  vimeo: /^\d{4,12}$/,
  youtube: /^[A-Za-z0-9_-]{11}$/,
};

function directiveLabel(node: MdNode): string {
  const label = (node.children ?? []).map((child) =>
    typeof child.value === 'string' ? child.value : directiveLabel(child),
  );
  return label.join('').trim();
}

/** Checks leaf and container directives: admonitions and video embeds. */
function checkDirectives(file: string, root: MdNode): Problem[] {
  const problems: Problem[] = [];
  const admonitions: readonly string[] = ADMONITION_TYPES;
  const videos: Readonly<Record<string, string>> = VIDEO_DIRECTIVES;
  const walk = (node: MdNode): void => {
    const name = node.name ?? '';
    if (node.type === 'containerDirective' && !admonitions.includes(name)) {
      problems.push(
        problem(
          'directive-onbekend',
          file,
          positionOf(node),
          `:::${name} is geen bekend kader en wordt niet getoond.${didYouMean(name, admonitions)} Kies uit ${admonitions.map((type) => `:::${type}`).join(', ')}.`,
        ),
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
        if (!VIDEO_ID[platform].test(id)) {
          problems.push(
            problem(
              'video',
              file,
              positionOf(node),
              `De video heeft ${id ? `een ongeldige id (${id})` : 'geen id'}. Schrijf ::${name}[Titel van de video]{id=${platform === 'vimeo' ? '981808944' : 'dQw4w9WgXcQ'}}: de id staat in het webadres van de video.`,
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

/** MDX syntax, the safety rules and directives. */
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
  return problems.concat(checkDirectives(file, tree));
}
