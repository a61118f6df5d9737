/**
 * The skip link, as src/theme/SkipToContent makes it work with React: focus
 * really moves into the content (`<main>`, or Docusaurus' fallback
 * container), with a temporary `tabindex="-1"` kept until focus leaves.
 */
const SKIP_LINK = 'a[href="#__docusaurus_skipToContent_fallback"]';

export function enhanceSkipLink(): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target?.closest(SKIP_LINK)) return;
    const main =
      document.querySelector<HTMLElement>('main') ??
      document.getElementById('__docusaurus_skipToContent_fallback');
    if (!main) return;
    event.preventDefault();
    if (!main.hasAttribute('tabindex')) {
      main.setAttribute('tabindex', '-1');
      main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
    }
    main.focus();
  });
}
