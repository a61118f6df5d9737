/**
 * Remark plugin: privacy-friendly video embeds.
 *
 * Posts write leaf directives such as
 *
 *     ::video-vimeo[Titel van de video]{id=981808944}
 *     ::video-youtube[Titel van de video]{id=M7lc1UVf-VE}
 *
 * Docusaurus parses directives but drops the ones nothing handles (with only a
 * warning). This plugin turns each of them into
 * `<VideoEmbed provider="…" id="…" title="…" />` and adds the import of the
 * component to the file itself, so it needs no entry in the MDX scope
 * (src/theme/MDXComponents.tsx). A missing or invalid id or title fails the
 * build with a Dutch message that names the file and line.
 *
 * Register it in `remarkPlugins` (not `beforeDefaultRemarkPlugins`), so it
 * runs after Docusaurus' own directive handling (admonitions) and before its
 * check for unused directives.
 */
import path from 'node:path';
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxjsEsm } from 'mdast-util-mdx';
import type { VFile } from 'vfile';

import { VIDEO_DIRECTIVES } from '../../src/mdx/allowlist';
import { VIDEO_PROVIDERS, isValidVideoId, type VideoProvider } from '../../src/mdx/video-providers';

/** Name of the component in the compiled MDX. */
export const VIDEO_COMPONENT_NAME = 'VideoEmbed';

/** Where the plugin imports the component from. */
export const VIDEO_COMPONENT_SOURCE = '@site/src/components/VideoEmbed';

type VideoDirectiveName = keyof typeof VIDEO_DIRECTIVES;
type Directive = ContainerDirective | LeafDirective | TextDirective;

function isVideoDirectiveName(name: string): name is VideoDirectiveName {
  return Object.hasOwn(VIDEO_DIRECTIVES, name);
}

function isDirective(node: Nodes): node is Directive {
  return (
    node.type === 'leafDirective' ||
    node.type === 'textDirective' ||
    node.type === 'containerDirective'
  );
}

/** The plain text of a directive label (`[…]`), whitespace collapsed. */
function labelText(children: readonly PhrasingContent[]): string {
  const parts: string[] = [];
  const collect = (node: Nodes): void => {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html') {
      parts.push(node.value);
    } else if ('alt' in node && typeof node.alt === 'string') {
      parts.push(node.alt);
    }
    if ('children' in node) {
      node.children.forEach(collect);
    }
  };
  children.forEach(collect);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** "blog/…/post.mdx, regel 12" for build errors. */
function location(file: VFile, node: Directive): string {
  const filePath = file.path
    ? path.relative(process.cwd(), file.path).split(path.sep).join('/')
    : 'onbekend bestand';
  const line = node.position?.start.line;
  return line === undefined ? filePath : `${filePath}, regel ${line}`;
}

/** Stops the build with a Dutch message that points at the directive. */
function fail(file: VFile, node: Directive, problem: string): never {
  const name = node.name;
  const provider = VIDEO_PROVIDERS[VIDEO_DIRECTIVES[name as VideoDirectiveName]];
  const example = `::${name}[Titel van de video]{id=${provider.exampleId}}`;
  return file.fail(
    `Ongeldige video in ${location(file, node)}: ${problem} Schrijf bijvoorbeeld: ${example}`,
    {
      place: node.position,
      ruleId: 'video-embed',
      source: 'remark-video-embed',
    },
  );
}

function stringAttribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** Checks one video directive and returns the element that replaces it. */
function toVideoElement(node: Directive, file: VFile): MdxJsxFlowElement {
  const name = node.name as VideoDirectiveName;
  const provider: VideoProvider = VIDEO_DIRECTIVES[name];
  const info = VIDEO_PROVIDERS[provider];

  if (node.type !== 'leafDirective') {
    fail(
      file,
      node,
      `zet ::${name} met twee dubbele punten op een eigen regel, niet als ${
        node.type === 'textDirective' ? ':' : ':::'
      }${name}.`,
    );
  }

  const title = labelText(node.children);
  if (title === '') {
    fail(
      file,
      node,
      `::${name} heeft geen titel. Zet de titel tussen blokhaken; schermlezers lezen hem voor.`,
    );
  }

  const id = node.attributes?.id?.trim() ?? '';
  if (id === '') {
    fail(file, node, `::${name}[${title}] heeft geen id.`);
  }
  if (!isValidVideoId(provider, id)) {
    fail(
      file,
      node,
      `"${id}" is geen geldig ${info.label}-id; een ${info.label}-id bestaat uit ${info.idDescription}.`,
    );
  }

  return {
    type: 'mdxJsxFlowElement',
    name: VIDEO_COMPONENT_NAME,
    attributes: [
      stringAttribute('provider', provider),
      stringAttribute('id', id),
      stringAttribute('title', title),
    ],
    children: [],
    position: node.position,
  };
}

/** Replaces video directives below `parent`; returns how many it replaced. */
function transformChildren(parent: Parent, file: VFile): number {
  let replaced = 0;
  parent.children.forEach((child, index) => {
    if (isDirective(child) && isVideoDirectiveName(child.name)) {
      // A flow element may stand wherever a leaf directive stood.
      parent.children[index] = toVideoElement(child, file) as (typeof parent.children)[number];
      replaced += 1;
    } else if ('children' in child) {
      replaced += transformChildren(child, file);
    }
  });
  return replaced;
}

/** True when the file already declares a local `VideoEmbed` (its own import). */
function declaresComponent(tree: Root): boolean {
  return tree.children.some(
    (node) =>
      node.type === 'mdxjsEsm' &&
      (node.data?.estree?.body ?? []).some(
        (statement) =>
          statement.type === 'ImportDeclaration' &&
          statement.specifiers.some((specifier) => specifier.local.name === VIDEO_COMPONENT_NAME),
      ),
  );
}

/** `import VideoEmbed from '@site/src/components/VideoEmbed';` as an ESM node. */
function importNode(): MdxjsEsm {
  return {
    type: 'mdxjsEsm',
    value: `import ${VIDEO_COMPONENT_NAME} from '${VIDEO_COMPONENT_SOURCE}';`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [
              {
                type: 'ImportDefaultSpecifier',
                local: { type: 'Identifier', name: VIDEO_COMPONENT_NAME },
              },
            ],
            source: {
              type: 'Literal',
              value: VIDEO_COMPONENT_SOURCE,
              raw: `'${VIDEO_COMPONENT_SOURCE}'`,
            },
            attributes: [],
          },
        ],
      },
    },
  };
}

/** The remark plugin (no options). */
export default function remarkVideoEmbed(): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const replaced = transformChildren(tree, file);
    if (replaced > 0 && !declaresComponent(tree)) {
      tree.children.unshift(importNode());
    }
  };
}
