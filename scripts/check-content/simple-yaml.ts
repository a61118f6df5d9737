/**
 * Where the keys, values and list items of simple front matter are, without
 * building a YAML document. `yaml`'s parseDocument gives exact positions for
 * any YAML, but costs as much as a tenth of the whole check; nearly all front
 * matter is a handful of `key: value` lines, which a look at each line reads
 * as well. Anything else (comments, nesting, multi-line or escaped strings,
 * anchors, duplicate keys, …) returns undefined and takes the `yaml` path.
 * The values themselves always come from js-yaml, as Docusaurus reads them;
 * tests/unit/check-content-yaml.test.ts checks that this gives the same
 * positions and raw text as `yaml` on every post, page and fixture.
 */
import type { FieldLocation, Position } from './parse';

export interface SimpleLocations {
  locations: Map<string, FieldLocation>;
  raw: Record<string, string | undefined>;
}

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:( +)(.*?))? *\r?$/;
const ITEM_LINE = /^( *)- +(.*?) *\r?$/;
/** A plain scalar that is one YAML token: no indicator first, no `: ` or ` #` inside. */
const PLAIN = /^(?![-?:,[\]{}#&*!|>'"%@`])(?:[^:#\r]|:(?![ \t]|$)|#(?<! #))*$/;
const PLAIN_START_DASH = /^-[^ \t\r]/;
const DOUBLE_QUOTED = /^"[^"\\]*"$/;
const SINGLE_QUOTED = /^'[^']*'$/;
const FLOW_ITEM = /^(?:[A-Za-z0-9_][A-Za-z0-9_ .-]*|"[^"\\,]*"|'[^',]*')$/;

function isScalarText(text: string): boolean {
  if (DOUBLE_QUOTED.test(text) || SINGLE_QUOTED.test(text)) {
    return true;
  }
  const plain = PLAIN_START_DASH.test(text) ? text.slice(1) : text;
  return text !== '' && PLAIN.test(plain) && !/\s$/.test(text);
}

/** Items of a one-line flow sequence `[a, b, "c"]` and their columns; undefined if not that simple. */
function flowItems(text: string, column: number): Array<{ column: number }> | undefined {
  if (!text.startsWith('[') || !text.endsWith(']')) {
    return undefined;
  }
  const inner = text.slice(1, -1);
  if (inner.trim() === '') {
    return [];
  }
  const items: Array<{ column: number }> = [];
  let offset = 1;
  for (const part of inner.split(',')) {
    const lead = part.length - part.trimStart().length;
    const item = part.trim();
    if (!FLOW_ITEM.test(item)) {
      return undefined;
    }
    items.push({ column: column + offset + lead });
    offset += part.length + 1;
  }
  return items;
}

/**
 * Locations in simple front matter (`yamlText` starts on line `firstLine`),
 * or undefined when it is not simple enough to read line by line.
 */
export function simpleLocations(yamlText: string, firstLine: number): SimpleLocations | undefined {
  const lines = yamlText.split('\n');
  const locations = new Map<string, FieldLocation>();
  const raw: Record<string, string | undefined> = {};
  let open: FieldLocation | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index];
    const line = firstLine + index;
    if (/^[ \t]*\r?$/.test(text)) {
      continue;
    }
    const item = ITEM_LINE.exec(text);
    if (item) {
      // An item of the block sequence under the last key (a value of its own).
      if (!open || !isScalarText(item[2])) {
        return undefined;
      }
      const dash = item[1].length + 1;
      if (open.items.length === 0) {
        open.value = { line, column: dash };
      } else if (open.value.column !== dash) {
        return undefined;
      }
      open.items.push({ line, column: dash + 1 + text.slice(dash).search(/\S/) });
      continue;
    }
    open = undefined;
    const key = KEY_LINE.exec(text);
    if (!key || locations.has(key[1])) {
      return undefined;
    }
    const keyPosition: Position = { line, column: 1 };
    const location: FieldLocation = { key: keyPosition, value: keyPosition, items: [] };
    locations.set(key[1], location);
    const value = key[3] ?? '';
    if (value === '') {
      // Only a block sequence may follow (a key with nothing at all is left to `yaml`).
      open = location;
      continue;
    }
    const column = key[1].length + 2 + key[2].length;
    location.value = { line, column };
    const items = flowItems(value, column);
    if (items) {
      location.items = items.map(({ column: itemColumn }) => ({ line, column: itemColumn }));
      continue;
    }
    if (!isScalarText(value)) {
      return undefined;
    }
    raw[key[1]] = value;
  }
  // A key with nothing after it and no list below: not simple.
  for (const location of locations.values()) {
    if (location.value === location.key && location.items.length === 0) {
      return undefined;
    }
  }
  return { locations, raw };
}
