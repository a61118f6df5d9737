/**
 * The islands of a reading page: what a post, a list, a tag, author or
 * archive page, the homepage, an info page, the 404 or a kennisbank page
 * needs besides HTML (kennisbank pages also get ./docs: the sidebar, the
 * tabs, the back-to-top button).
 * plugins/post-build/islands bundles this file (an external module script
 * with a content hash in its name, so no inline script and no CSP hash) and
 * puts it on those pages instead of the Docusaurus app, which they never
 * load. Each island enhances the server-rendered HTML where it stands; all
 * of it works without JavaScript too (links, the search form submitting to
 * the search page, the phone table of contents as a `<details>`).
 *
 * The search popup is a chunk of its own (./search), loaded on the first
 * focus of the search box or pointer over it, or on the search shortcut;
 * Pagefind starts loading at the same moment.
 */
import { loadPagefind } from '@site/src/components/Search/load';
import { enhanceCopyButtons } from './copy';
import { enhanceMenu } from './menu';
import { enhanceSkipLink } from './skip-link';
import { enhanceVideos } from './video';

/** True when a key press goes to a text field, so `/` must type a slash. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

function enhanceSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[role="search"][data-classes]');
  const input = form?.querySelector<HTMLInputElement>('input[role="combobox"]');
  if (!form || !input) return;
  const box: HTMLInputElement = input;
  let started = false;
  function start(): void {
    if (started || !form) return;
    started = true;
    loadPagefind(form.dataset.pagefind ?? '/pagefind/pagefind.js', form.dataset.base ?? '/').catch(
      () => undefined,
    );
    void import('./search').then((search) => search.attachSearch(form));
  }
  box.addEventListener('focus', start);
  box.addEventListener('pointerover', start);
  // A finger on a phone: from the touch itself, before the focus that follows it.
  box.addEventListener('pointerdown', start);
  document.addEventListener('keydown', (event) => {
    const key = (event.key || '').toLowerCase();
    const modK = (event.ctrlKey || event.metaKey) && !event.altKey && key === 'k';
    const slash =
      key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
    if (!modK && !slash) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
  if (document.activeElement === box) start();
}

enhanceMenu();
enhanceSearch();
enhanceVideos();
enhanceCopyButtons();
enhanceSkipLink();
// For tests and benchmarks: the islands have taken over the page. On a
// kennisbank page ./docs, which runs after this module, says so.
if (!document.querySelector('script[type="module"][src*="/docs."]')) {
  document.documentElement.dataset.islands = 'ready';
}
