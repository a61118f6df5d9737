/**
 * Remark plugin that refuses to build a post or page breaking an MDX safety
 * rule (src/mdx/safety.ts). `npm run check:content` reports the same
 * problems with more context; this guard makes sure that nothing unsafe
 * reaches a built page even when the check was skipped.
 */
import { BUILD_BLOCKING_RULES, findSafetyProblems, type MdNode } from './safety';

interface VFileLike {
  path?: string;
}

/** Builds the Dutch error message listing every unsafe construct. */
export function safetyGuardMessage(tree: MdNode, filePath: string): string | undefined {
  const problems = findSafetyProblems(tree).filter((found) => BUILD_BLOCKING_RULES.has(found.rule));
  if (problems.length === 0) {
    return undefined;
  }
  const lines = problems.map(
    (found) => `  ${filePath}:${found.line}:${found.column}  ${found.rule}  ${found.message}`,
  );
  return `Dit bestand wordt niet gebouwd omdat het onveilige MDX bevat (zie npm run check:content):\n${lines.join('\n')}`;
}

/** The plugin: `beforeDefaultRemarkPlugins: [remarkSafetyGuard]`. */
export default function remarkSafetyGuard(): (tree: MdNode, file: VFileLike) => void {
  return (tree, file) => {
    const message = safetyGuardMessage(tree, file.path ?? 'onbekend bestand');
    if (message) {
      throw new Error(message);
    }
  };
}
