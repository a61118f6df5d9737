/**
 * Source fixes applied to every Markdown/MDX file before it is parsed
 * (Docusaurus' `markdown.preprocessor`), so real posts build unchanged.
 *
 * Multi-line admonition titles: authors wrap long lines, also inside the
 * bracketed title of an admonition (`:::note[Dit artikel verscheen eerder op
 * ⏎ [digilab.overheid.nl](…)]`). The directive syntax only accepts a title on
 * one line, so such an admonition would be printed as raw text. We join the
 * title onto its opening line and add the same number of empty lines after
 * it, so every later line keeps its line number for error messages.
 */

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ADMONITION_OPEN = /^\s{0,3}:{3,}[A-Za-z][\w-]*\[/;
const MAX_TITLE_LINES = 10;

/** Bracket depth change of a piece of text, skipping escaped brackets. */
function bracketDelta(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\\') {
      i += 1;
    } else if (ch === '[') {
      depth += 1;
    } else if (ch === ']') {
      depth -= 1;
    }
  }
  return depth;
}

/** Joins admonition titles that span several lines onto one line. */
export function joinMultilineAdmonitionTitles(source: string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      out.push(line);
      continue;
    }
    if (fence !== null || !ADMONITION_OPEN.test(line)) {
      out.push(line);
      continue;
    }
    let depth = bracketDelta(line.slice(line.indexOf('[')));
    if (depth <= 0) {
      out.push(line);
      continue;
    }
    let end = i;
    while (depth > 0 && end + 1 < lines.length && end - i < MAX_TITLE_LINES) {
      end += 1;
      if (lines[end].trim() === '') break;
      depth += bracketDelta(lines[end]);
    }
    if (depth !== 0) {
      // Not a closed title within reach: leave the text as the author wrote it.
      out.push(line);
      continue;
    }
    const joined = [line, ...lines.slice(i + 1, end + 1).map((l) => l.trim())].join(' ');
    out.push(joined, ...Array.from({ length: end - i }, () => ''));
    i = end;
  }
  return out.join('\n');
}

/** The preprocessor Docusaurus runs on each Markdown file's content. */
export function preprocessMarkdown({
  fileContent,
}: {
  filePath: string;
  fileContent: string;
}): string {
  return joinMultilineAdmonitionTitles(fileContent);
}
