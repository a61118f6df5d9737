/**
 * The copy-button island of code blocks (the button is server-rendered by
 * src/theme/CodeBlock/Buttons/CopyButton, hidden until a script makes it
 * work): copies the block's code, lines joined with newlines as Docusaurus
 * does, and shows the same confirmation as the React button for a second.
 */

const COPIED_MS = 1000;

/** The code of a code block as text, one line per `.token-line`. */
export function codeOf(block: Element): string {
  const lines = block.querySelectorAll('pre code .token-line');
  if (lines.length === 0) return block.querySelector('pre code')?.textContent ?? '';
  return Array.from(lines, (line) => (line.textContent ?? '').replace(/\n$/, '')).join('\n');
}

/** Shows the copy buttons and copies on click (one listener for the page). */
export function enhanceCopyButtons(): void {
  document.querySelectorAll<HTMLButtonElement>('button[data-copy-code]').forEach((button) => {
    button.hidden = false;
  });
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest<HTMLButtonElement>('button[data-copy-code]');
    const block = button?.closest('.theme-code-block');
    if (!button || !block) return;
    const label = button.getAttribute('aria-label') ?? '';
    const copied = button.dataset.copiedClass ?? '';
    void navigator.clipboard.writeText(codeOf(block)).then(() => {
      if (copied) button.classList.add(copied);
      button.setAttribute('aria-label', button.dataset.copiedLabel ?? label);
      window.setTimeout(() => {
        if (copied) button.classList.remove(copied);
        button.setAttribute('aria-label', label);
      }, COPIED_MS);
    });
  });
}
