import type { Position } from './parse';

/** Where a Markdown node starts (line and column, 1-based); the top of the file without one. */
export function positionOf(node: { position?: { start: Position } } | undefined): Position {
  return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}
