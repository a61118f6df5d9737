/**
 * Docusaurus ends several of its messages with advice to switch the check
 * off ("Note: it's possible to ignore broken links with the 'onBrokenLinks'
 * Docusaurus configuration, and let the build pass."). For an author that is
 * never the fix, and the checks are what editors rely on. While `docusaurus
 * build` or `start` runs, this drops those lines from the output; the rest
 * of each message (what is broken, and where) stays.
 *
 * Docusaurus has no option for its wording, so the filter sits on the two
 * output streams. Its patterns are tested against the texts in the installed
 * Docusaurus (tests/unit/content-check.test.ts), so an upgrade that changes
 * them fails a test rather than letting the advice back in.
 */

/** Lines of Docusaurus output (without colour codes) that advise switching a check off. */
export const SWITCH_OFF_ADVICE: readonly RegExp[] = [
  /^\s*Note: it's possible to ignore broken (?:links|anchors) with the '\w+' Docusaurus configuration, and let the build pass\.\s*$/,
  /^\s*To ignore this error, use the \S+ option, or apply the \S+ protocol to the broken (?:image|link) URLs\.\s*$/,
  /^\s*Tip: turn this security off with the .*option\.\s*$/,
  /^\s*But if you want to allow inline blog authors, you can disable this message by setting .*$/,
  /^\s*This is non-critical and can be disabled with DOCUSAURUS_IGNORE_SSG_WARNINGS=true\s*$/,
];

// Colour codes of @docusaurus/logger (picocolors) around highlighted words.
const COLOUR = /\x1b\[[0-9;]*m/g;

/** The text without the lines that advise switching a check off. */
export function withoutSwitchOffAdvice(text: string): string {
  if (!/ignore|disable|turn this security off/.test(text.replace(COLOUR, ''))) return text;
  return text
    .split('\n')
    .filter((line) => !SWITCH_OFF_ADVICE.some((advice) => advice.test(line.replace(COLOUR, ''))))
    .join('\n');
}

let installed = false;

/** Filters process.stdout and process.stderr of this process, once. */
export function filterSwitchOffAdvice(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]): boolean =>
      write(
        typeof chunk === 'string' ? withoutSwitchOffAdvice(chunk) : chunk,
        ...rest,
      )) as typeof stream.write;
  }
}
