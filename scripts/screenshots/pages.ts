/**
 * What `npm run screenshots` photographs: one page of every page type, from
 * the build that has it, at each width, in each state. Pure data and names,
 * so the unit tests can check them without a browser.
 */

/** The two builds: `npm run build` and `npm run build:preview` (drafts included). */
export type Site = 'prod' | 'preview';

export interface ShotPage {
  /** Short name, part of the file name. */
  name: string;
  site: Site;
  /** Path on the site, with query string where the page needs one. */
  path: string;
  /** Waits for this selector before the shot (content that a script renders). */
  ready?: string;
}

/**
 * How the page is photographed:
 * - `loaded`: as a first visit shows it, no interaction (reading pages load
 *   the React app only when the reader reaches for a control);
 * - `hydrated`: after the React app has taken over the page;
 * - `print`: with print media emulated (src/css/print.css);
 * - `focus`: the top of the viewport after one Tab from the top (the skip link).
 */
export type ShotState = 'loaded' | 'hydrated' | 'print' | 'focus';

export const STATES: readonly ShotState[] = ['loaded', 'hydrated', 'print', 'focus'];

/** The Haven post: published, no cover. */
const HAVEN =
  '/blog/2024/12/31/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector';
/** The NDS post: a draft with a cover, published only in the preview build. */
const NDS = '/blog/2025/07/15/nederlandse-digitaliseringsstrategie';

/**
 * The page types of the site. Tag pages exist only where a post has tags, and
 * only the draft has tags, so they come from the preview build.
 */
export const PAGES: readonly ShotPage[] = [
  { name: 'home', site: 'prod', path: '/' },
  { name: 'home-preview', site: 'preview', path: '/' },
  { name: 'blog', site: 'prod', path: '/blog' },
  { name: 'blog-preview', site: 'preview', path: '/blog' },
  { name: 'post-cover', site: 'preview', path: NDS },
  { name: 'post-haven', site: 'prod', path: HAVEN },
  { name: 'tag', site: 'preview', path: '/blog/tags/nds' },
  { name: 'tags', site: 'preview', path: '/blog/tags' },
  { name: 'author', site: 'preview', path: '/blog/authors/martin-van-der-plas' },
  { name: 'authors', site: 'prod', path: '/blog/authors' },
  { name: 'archive', site: 'preview', path: '/blog/archive' },
  { name: 'kennisbank', site: 'prod', path: '/kennisbank' },
  { name: 'kennisbank-voorbeelden', site: 'prod', path: '/kennisbank/voorbeelden' },
  { name: 'page', site: 'prod', path: '/toegankelijkheid' },
  { name: 'zoeken', site: 'prod', path: '/zoeken' },
  {
    name: 'zoeken-haven',
    site: 'preview',
    path: '/zoeken?q=haven',
    ready: 'main a[href*="/blog/20"]',
  },
  { name: '404', site: 'prod', path: '/deze-pagina-bestaat-niet' },
];

export const DEFAULT_WIDTHS: readonly number[] = [390, 1280];

/** Viewport height for a width: a phone (Pixel 5 / iPhone 12 class) or a laptop. */
export function viewportFor(width: number): { width: number; height: number } {
  return { width, height: width < 600 ? 844 : 800 };
}

export interface Shot {
  page: ShotPage;
  width: number;
  state: ShotState;
  /** File name in the output folder. */
  file: string;
}

/** `post-haven--1280--loaded.png` */
export function shotFile(page: string, width: number, state: ShotState): string {
  return `${page}--${width}--${state}.png`;
}

/** Every shot for the given pages, widths and states, in a stable order. */
export function plan(
  pages: readonly ShotPage[],
  widths: readonly number[],
  states: readonly ShotState[],
): Shot[] {
  const shots: Shot[] = [];
  for (const page of pages) {
    for (const width of widths) {
      for (const state of states) {
        shots.push({ page, width, state, file: shotFile(page.name, width, state) });
      }
    }
  }
  return shots;
}

/** Picks by name from a comma-separated list; unknown names are an error naming the known ones. */
export function pick<T>(
  all: readonly T[],
  wanted: string | undefined,
  nameOf: (item: T) => string,
): T[] {
  if (!wanted) return [...all];
  const names = wanted
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.map((name) => {
    const found = all.find((item) => nameOf(item) === name);
    if (found === undefined) {
      throw new Error(`Unknown "${name}"; known: ${all.map(nameOf).join(', ')}`);
    }
    return found;
  });
}
