/**
 * The search popup island: the navbar combobox of src/theme/SearchBar and
 * its Popup, without React. A chunk of its own, loaded by ./index.ts on the
 * first focus of the search box or pointer over it (Pagefind starts loading
 * at the same moment, from ./index.ts).
 *
 * It follows the WAI-ARIA combobox pattern with a listbox popup, as the
 * React version does: the input keeps focus, arrow keys move
 * `aria-activedescendant` (wrapping through "no option"), Enter opens the
 * active result or else submits the form to the search page, Escape closes
 * the popup and a second Escape clears the box. The count is announced in
 * the form's live region. The best hit is shown as soon as its fragment is
 * in; the others follow after that has been painted. Drafts are in the
 * index of the preview build only, marked "Concept".
 *
 * The CSS module classes of the React version come from the form's
 * `data-classes`, so popup and results look the same on every page.
 */
import { formatDate } from '@site/src/lib/format';
import { excerptNodes, explanation, node } from './dom';
import {
  loadPagefind,
  resultMessage,
  searchErrorMessage,
  toHit,
  type SearchHit,
} from '@site/src/components/Search/pagefind';
import { afterPaint } from '@site/src/lib/after-paint';

/** Results shown in the popup; the search page has the rest. */
const MAX_HITS = 6;
const DEBOUNCE_MS = 120;

/** The class names the form passes in `data-classes` (src/theme/SearchBar). */
export interface SearchClasses {
  popup: string;
  message: string;
  listbox: string;
  option: string;
  optionActive: string;
  title: string;
  meta: string;
  excerpt: string;
  all: string;
  mark: string;
  badge: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; query: string; hits: SearchHit[]; total: number }
  | { kind: 'error'; message: string };

/** Makes the navbar search form a live combobox. Returns nothing; idempotent per form. */
export function attachSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
  const status = form.querySelector<HTMLElement>('[role="status"]');
  if (!input || !status || form.dataset.searchReady) return;
  form.dataset.searchReady = 'true';
  const field: HTMLInputElement = input;
  const live: HTMLElement = status;
  const classes = JSON.parse(form.dataset.classes ?? '{}') as SearchClasses;
  const pagefindUrl = form.dataset.pagefind ?? '/pagefind/pagefind.js';
  const siteBase = form.dataset.base ?? '/';
  const searchPage = form.getAttribute('action') ?? '/zoeken';
  const listboxId = field.getAttribute('aria-controls') ?? 'zoekresultaten';

  const popup = node('div', classes.popup);
  popup.hidden = true;
  const message = node('p', classes.message);
  const listbox = node('ul', classes.listbox);
  listbox.id = listboxId;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Zoekresultaten');
  listbox.hidden = true;
  const all = node('a', classes.all);
  popup.append(message, listbox, all);
  form.append(popup);

  let state: State = { kind: 'idle' };
  let active = -1;
  let dismissed = false;
  let focused = document.activeElement === field;
  let request = 0;
  let timer: number | undefined;

  const term = (): string => field.value.trim();
  const hits = (): SearchHit[] => (state.kind === 'done' ? state.hits : []);
  const optionId = (index: number): string => `${listboxId}-${index}`;
  const isOpen = (): boolean =>
    focused && !dismissed && term() !== '' && (state.kind === 'done' || state.kind === 'error');

  function renderOption(hit: SearchHit, index: number): HTMLLIElement {
    const option = node('li', classes.option);
    option.id = optionId(index);
    option.setAttribute('role', 'option');
    const title = node('span', classes.title, hit.title);
    if (hit.draft) {
      // The hidden comma keeps screen readers from running it on from the title.
      title.append(
        node('span', 'rhc-visually-hidden', ', '),
        node('span', classes.badge, 'Concept'),
      );
    }
    const meta = node(
      'span',
      classes.meta,
      [formatDate(hit.date), hit.tags.join(', ')].filter(Boolean).join(' · '),
    );
    const excerpt = node('span', classes.excerpt);
    excerpt.append(...excerptNodes(hit.excerpt, classes.mark));
    option.append(title, meta, excerpt);
    option.addEventListener('mousedown', (event) => event.preventDefault());
    option.addEventListener('click', () => go(hit.url));
    option.addEventListener('mousemove', () => {
      if (active !== index) {
        active = index;
        renderActive();
      }
    });
    return option;
  }

  function renderActive(): void {
    const open = isOpen();
    listbox.querySelectorAll<HTMLElement>('[role="option"]').forEach((option, index) => {
      const selected = index === active;
      option.setAttribute('aria-selected', String(selected));
      option.classList.toggle(classes.optionActive, selected);
    });
    if (open && active >= 0) field.setAttribute('aria-activedescendant', optionId(active));
    else field.removeAttribute('aria-activedescendant');
  }

  /** Draws the popup from the state: called after every change. */
  function render(): void {
    const open = isOpen();
    const list = hits();
    popup.hidden = !open;
    field.setAttribute('aria-expanded', String(open && list.length > 0));
    if (open) {
      if (state.kind === 'error') {
        message.removeAttribute('aria-hidden');
        message.replaceChildren(...explanation(state.message));
      } else {
        // The count of the hits shown, announced by the live region instead.
        message.setAttribute('aria-hidden', 'true');
        message.textContent = state.kind === 'done' ? resultMessage(state.total, state.query) : '';
      }
      listbox.replaceChildren(...list.map(renderOption));
      listbox.hidden = list.length === 0;
      if (state.kind === 'done' && state.total > 0) {
        all.hidden = false;
        all.href = `${searchPage}?q=${encodeURIComponent(term())}`;
        all.textContent =
          state.total > list.length
            ? `Alle ${state.total} resultaten bekijken`
            : 'Bekijk op de zoekpagina';
      } else {
        all.hidden = true;
      }
    } else {
      // Keep the listbox in the DOM, empty, so aria-controls always resolves.
      listbox.replaceChildren();
      listbox.hidden = true;
    }
    renderActive();
  }

  function setState(next: State): void {
    state = next;
    if (next.kind === 'done') live.textContent = resultMessage(next.total, next.query);
    else if (next.kind === 'error' && term()) live.textContent = next.message;
    render();
  }

  function go(url: string): void {
    field.value = '';
    field.blur();
    window.location.assign(url);
  }

  function search(): void {
    dismissed = false;
    active = -1;
    window.clearTimeout(timer);
    const query = term();
    if (!query) {
      request += 1;
      if (state.kind !== 'error') setState({ kind: 'idle' });
      return;
    }
    const ticket = ++request;
    // Fetch the index chunks for the term while the debounce waits
    // (Pagefind's own advice: preload on input, search debounced).
    loadPagefind(pagefindUrl, siteBase)
      .then((api) => (ticket === request ? api.preload(query) : undefined))
      .catch(() => undefined);
    timer = window.setTimeout(async () => {
      try {
        const api = await loadPagefind(pagefindUrl, siteBase);
        if (ticket !== request) return;
        if (state.kind !== 'done') setState({ kind: 'loading' });
        const response = await api.search(query);
        if (!response || ticket !== request) return;
        const total = response.results.length;
        const [first, ...others] = response.results.slice(0, MAX_HITS);
        const best = first ? [await toHit(first)] : [];
        if (ticket !== request) return;
        setState({ kind: 'done', query, hits: best, total });
        if (others.length === 0) return;
        await afterPaint();
        if (ticket !== request) return;
        const rest = await Promise.all(others.map(toHit));
        if (ticket !== request) return;
        setState({ kind: 'done', query, hits: [...best, ...rest], total });
      } catch (error) {
        if (ticket !== request) return;
        setState({ kind: 'error', message: searchErrorMessage(error) });
      }
    }, DEBOUNCE_MS);
  }

  field.addEventListener('input', search);
  field.addEventListener('focus', () => {
    focused = true;
    render();
  });
  form.addEventListener('focusout', (event) => {
    // Focus moving into the popup (its "all results" link) keeps it open.
    if (!form.contains(event.relatedTarget as Node | null)) {
      focused = false;
      render();
    }
  });
  field.addEventListener('keydown', (event) => {
    const open = isOpen();
    const list = hits();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) {
          if (term()) {
            dismissed = false;
            render();
          }
          return;
        }
        if (list.length === 0) return;
        // Wraps around, passing through "no option active" (the input itself).
        const next = active + (event.key === 'ArrowDown' ? 1 : -1);
        active = next >= list.length ? -1 : next < -1 ? list.length - 1 : next;
        renderActive();
        return;
      }
      case 'Enter':
        if (open && active >= 0 && list[active]) {
          event.preventDefault();
          go(list[active].url);
        }
        // Otherwise the form submits to the search page, as without JavaScript.
        return;
      case 'Escape':
        if (open) {
          event.preventDefault();
          dismissed = true;
          active = -1;
          render();
        } else if (field.value) {
          event.preventDefault();
          field.value = '';
          search();
        }
        return;
      default:
    }
  });

  // Pagefind failing to load shows at once, as in the React version.
  loadPagefind(pagefindUrl, siteBase).catch((error: unknown) => {
    setState({ kind: 'error', message: searchErrorMessage(error) });
  });
  // Text typed before this chunk arrived is searched now.
  if (field.value.trim()) search();
}
