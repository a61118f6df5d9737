/**
 * The navbar search box. Neither a wrap nor an eject: the classic theme's
 * `@theme/SearchBar` is an empty placeholder (a no-op) that a site swizzles
 * to provide its search; the theme renders it in the navbar when no `search`
 * navbar item is configured.
 *
 * This part is on every page, so it stays tiny: a form that works without
 * JavaScript (it submits to the search page), the keyboard shortcuts `/` and
 * Ctrl+K / Cmd+K, and the combobox attributes. The results popup and the
 * Pagefind code load only when the reader focuses the box (./Popup, lazily).
 * On reading pages, which never load React, the search island
 * (src/islands/search.ts) does the same with the `data-` attributes below.
 */
import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { SEARCH_PAGE } from '@site/src/lib/search-fields';
import { loadPagefind } from '@site/src/components/Search/load';
import type { PopupController } from './Popup';
import excerptStyles from '@site/src/components/Search/Excerpt.module.css';
import styles from './styles.module.css';

/**
 * The class names the search island (src/islands/search.ts) gives the popup
 * it draws on reading pages, which never load React: the same as here.
 */
const ISLAND_CLASSES = JSON.stringify({
  popup: styles.popup,
  message: styles.message,
  listbox: styles.listbox,
  option: styles.option,
  optionActive: styles.optionActive,
  title: styles.title,
  meta: styles.meta,
  excerpt: styles.excerpt,
  all: styles.all,
  mark: excerptStyles.mark,
  badge: excerptStyles.badge,
});

const Popup = lazy(() => import('./Popup'));

/** True when a key press goes to a text field, so `/` must type a slash. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return target.isContentEditable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export default function SearchBar(): ReactNode {
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  /** Set on first focus: from then on the popup code is loaded. */
  const [activated, setActivated] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const controller = useRef<PopupController | null>(null);
  const history = useHistory();
  const searchPage = useBaseUrl(SEARCH_PAGE);
  const pagefindUrl = useBaseUrl('/pagefind/pagefind.js');
  const siteBase = useBaseUrl('/');
  const id = useId();
  const inputId = `${id}-zoekveld`;
  const listboxId = `${id}-resultaten`;

  /**
   * On focus: show the popup (its code loads lazily) and start loading
   * Pagefind at once, alongside the popup's code rather than after it. A
   * failure is reported by the popup, which asks again.
   */
  function activate(): void {
    setFocused(true);
    setActivated(true);
    loadPagefind(pagefindUrl, siteBase).catch(() => undefined);
  }

  // Kennisbank pages load React only when the reader reaches for a control
  // (plugins/post-build/islands): by then the box may have focus and text.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    if (input.value) setQuery(input.value);
    if (document.activeElement === input) activate();
    // Once, after hydration: `activate` only sets state and starts a load.
  }, []);

  useEffect(() => {
    function onShortcut(event: globalThis.KeyboardEvent): void {
      const modK =
        (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash =
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isEditable(event.target);
      if (modK || slash) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    }
    document.addEventListener('keydown', onShortcut);
    return () => document.removeEventListener('keydown', onShortcut);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (controller.current?.onKeyDown(event)) {
      event.preventDefault();
      return;
    }
    if (event.key === 'Escape' && query) {
      // The popup is closed already: a second Escape clears the box.
      event.preventDefault();
      setQuery('');
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const q = query.trim();
    inputRef.current?.blur();
    history.push(q ? `${searchPage}?q=${encodeURIComponent(q)}` : searchPage);
  }

  function onBlur(event: FocusEvent<HTMLFormElement>): void {
    // Focus moving into the popup (its "all results" link) keeps it open.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
      setFocused(false);
    }
  }

  return (
    <form
      role="search"
      aria-label="Blog doorzoeken"
      action={searchPage}
      method="get"
      className={styles.search}
      onSubmit={onSubmit}
      onBlur={onBlur}
      data-classes={ISLAND_CLASSES}
      data-pagefind={pagefindUrl}
      data-base={siteBase}
    >
      <label htmlFor={inputId} className="rhc-visually-hidden">
        Zoeken
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className={styles.input}
        type="search"
        name="q"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded ? activeId : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        aria-describedby={`${id}-hint`}
        placeholder="Zoeken"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onFocus={activate}
        onKeyDown={onKeyDown}
      />
      <kbd className={styles.shortcut} aria-hidden="true">
        /
      </kbd>
      <span id={`${id}-hint`} className="rhc-visually-hidden">
        Resultaten verschijnen terwijl je typt. Kies met de pijltjestoetsen en Enter.
      </span>
      <div role="status" className="rhc-visually-hidden">
        {announcement}
      </div>
      {activated ? (
        <Suspense fallback={null}>
          <Popup
            query={query}
            focused={focused}
            listboxId={listboxId}
            controllerRef={controller}
            onExpandedChange={setExpanded}
            onActiveChange={setActiveId}
            onAnnounce={setAnnouncement}
            onNavigate={() => {
              setQuery('');
              inputRef.current?.blur();
            }}
          />
        </Suspense>
      ) : null}
    </form>
  );
}
