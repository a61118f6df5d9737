/**
 * Results popup of the navbar search box, loaded lazily on first focus.
 * Follows the WAI-ARIA combobox pattern with a listbox popup: the input keeps
 * focus, arrow keys move `aria-activedescendant`, Enter opens the active
 * result (or the search page), Escape closes the popup.
 */
import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MutableRefObject,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { formatDate } from '@site/src/lib/format';
import { SEARCH_PAGE } from '@site/src/lib/search-fields';
import {
  loadPagefind,
  resultMessage,
  searchErrorMessage,
  toHit,
  type SearchHit,
} from '@site/src/components/Search/pagefind';
import Excerpt, { DraftBadge, Explanation } from '@site/src/components/Search/Excerpt';
import styles from './styles.module.css';
import { afterPaint } from '@site/src/lib/after-paint';

/** What the always-loaded box asks of the popup. */
export interface PopupController {
  /** Handles a key press in the input; true when it did. */
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => boolean;
}

export interface PopupProps {
  query: string;
  focused: boolean;
  listboxId: string;
  controllerRef: MutableRefObject<PopupController | null>;
  onExpandedChange: (expanded: boolean) => void;
  onActiveChange: (id: string | undefined) => void;
  onAnnounce: (message: string) => void;
  onNavigate: () => void;
}

/** Results shown in the popup; the search page has the rest. */
const MAX_HITS = 6;
const DEBOUNCE_MS = 120;

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; query: string; hits: SearchHit[]; total: number }
  | { kind: 'error'; message: string };

export default function Popup({
  query,
  focused,
  listboxId,
  controllerRef,
  onExpandedChange,
  onActiveChange,
  onAnnounce,
  onNavigate,
}: PopupProps): ReactNode {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [active, setActive] = useState(-1);
  const [dismissed, setDismissed] = useState(false);
  const history = useHistory();
  const pagefindUrl = useBaseUrl('/pagefind/pagefind.js');
  const siteBase = useBaseUrl('/');
  const searchPage = useBaseUrl(SEARCH_PAGE);
  const request = useRef(0);
  const term = query.trim();

  // Start loading Pagefind as soon as the box has focus, before the first key.
  useEffect(() => {
    loadPagefind(pagefindUrl, siteBase).catch((error: unknown) => {
      setState({
        kind: 'error',
        message: searchErrorMessage(error),
      });
    });
  }, [pagefindUrl, siteBase]);

  useEffect(() => {
    setDismissed(false);
    setActive(-1);
    if (!term) {
      request.current += 1;
      setState((s) => (s.kind === 'error' ? s : { kind: 'idle' }));
      return undefined;
    }
    const ticket = ++request.current;
    // Fetch the index chunks for the term while the debounce waits
    // (Pagefind's own advice: preload on input, search debounced).
    loadPagefind(pagefindUrl, siteBase)
      .then((api) => (ticket === request.current ? api.preload(term) : undefined))
      .catch(() => undefined);
    const timer = window.setTimeout(async () => {
      try {
        const api = await loadPagefind(pagefindUrl, siteBase);
        if (ticket !== request.current) return;
        setState((s) => (s.kind === 'done' ? s : { kind: 'loading' }));
        const response = await api.search(term);
        if (!response || ticket !== request.current) return;
        const total = response.results.length;
        // Each hit needs its own fragment file. The best one is fetched and
        // shown first; the others are fetched once it is painted, so that
        // neither their requests nor their parsing delay the first result.
        const [first, ...others] = response.results.slice(0, MAX_HITS);
        const best = first ? [await toHit(first)] : [];
        if (ticket !== request.current) return;
        setState({ kind: 'done', query: term, hits: best, total });
        if (others.length === 0) return;
        await afterPaint();
        if (ticket !== request.current) return;
        const rest = await Promise.all(others.map(toHit));
        if (ticket !== request.current) return;
        setState({ kind: 'done', query: term, hits: [...best, ...rest], total });
      } catch (error) {
        if (ticket !== request.current) return;
        setState({
          kind: 'error',
          message: searchErrorMessage(error),
        });
      }
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [term, pagefindUrl, siteBase]);

  const hits = state.kind === 'done' ? state.hits : [];
  const open =
    focused && !dismissed && term !== '' && (state.kind === 'done' || state.kind === 'error');
  const optionId = (index: number): string => `${listboxId}-${index}`;

  // Expanded only while the listbox shows options: a message alone is no popup list.
  const expanded = open && hits.length > 0;
  useEffect(() => onExpandedChange(expanded), [expanded, onExpandedChange]);
  const activeId = open && active >= 0 ? optionId(active) : undefined;
  useEffect(() => onActiveChange(activeId), [activeId, onActiveChange]);
  useEffect(() => {
    if (state.kind === 'done') onAnnounce(resultMessage(state.total, state.query));
    else if (state.kind === 'error' && term) onAnnounce(state.message);
  }, [state, term, onAnnounce]);

  function go(url: string): void {
    onNavigate();
    history.push(url);
  }

  controllerRef.current = {
    onKeyDown(event) {
      switch (event.key) {
        case 'ArrowDown':
        case 'ArrowUp': {
          if (!open) {
            if (!term) return false;
            setDismissed(false);
            return true;
          }
          if (hits.length === 0) return true;
          const step = event.key === 'ArrowDown' ? 1 : -1;
          // Wraps around, passing through "no option active" (the input itself).
          setActive((current) => {
            const next = current + step;
            if (next >= hits.length) return -1;
            if (next < -1) return hits.length - 1;
            return next;
          });
          return true;
        }
        case 'Enter': {
          if (open && active >= 0 && hits[active]) {
            go(hits[active].url);
            return true;
          }
          return false;
        }
        case 'Escape': {
          if (open) {
            setDismissed(true);
            setActive(-1);
            return true;
          }
          return false;
        }
        default:
          return false;
      }
    },
  };

  useEffect(
    () => () => {
      controllerRef.current = null;
    },
    [controllerRef],
  );

  if (!open) {
    // Keep the listbox in the DOM, empty, so aria-controls always resolves.
    return <ul role="listbox" id={listboxId} aria-label="Zoekresultaten" hidden />;
  }

  const allResults = `${searchPage}?q=${encodeURIComponent(term)}`;
  return (
    <div className={styles.popup}>
      {state.kind === 'error' ? (
        <p className={styles.message}>
          <Explanation text={state.message} />
        </p>
      ) : (
        <p className={styles.message} aria-hidden="true">
          {/* The count of the hits shown: those of the last finished search. */}
          {state.kind === 'done' ? resultMessage(state.total, state.query) : null}
        </p>
      )}
      <ul
        role="listbox"
        id={listboxId}
        aria-label="Zoekresultaten"
        className={styles.listbox}
        hidden={hits.length === 0}
      >
        {hits.map((hit, index) => (
          <li
            key={hit.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={clsx(styles.option, index === active && styles.optionActive)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(hit.url)}
            onMouseMove={() => setActive(index)}
          >
            <span className={styles.title}>
              {hit.title}
              {hit.draft ? <DraftBadge /> : null}
            </span>
            <span className={styles.meta}>
              {[formatDate(hit.date), hit.tags.join(', ')].filter(Boolean).join(' · ')}
            </span>
            <span className={styles.excerpt}>
              <Excerpt parts={hit.excerpt} />
            </span>
          </li>
        ))}
      </ul>
      {state.kind === 'done' && state.total > 0 ? (
        <Link className={styles.all} to={allResults} onClick={onNavigate}>
          {state.total > hits.length
            ? `Alle ${state.total} resultaten bekijken`
            : 'Bekijk op de zoekpagina'}
        </Link>
      ) : null}
    </div>
  );
}
