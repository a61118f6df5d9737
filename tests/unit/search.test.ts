import { describe, expect, it } from 'vitest';
import {
  formatSearchParams,
  pageWindow,
  parseSearchParams,
} from '../../src/components/Search/params';
import { formatDate } from '../../src/lib/format';
import {
  loadPagefind,
  parseExcerpt,
  pageStatus,
  resultMessage,
  SearchUnavailableError,
  toHit,
} from '../../src/components/Search/pagefind';
import {
  DATE_FILTER,
  DRAFT_FILTER,
  DRAFT_VALUE,
  searchRecordFields,
} from '../../src/lib/search-fields';

describe('parseExcerpt', () => {
  it('splits marks from text and decodes the escaped text', () => {
    expect(parseExcerpt('Wij &lt;b&gt; <mark>bouwen</mark> &amp; <mark>één</mark>.')).toEqual([
      { text: 'Wij <b> ', mark: false },
      { text: 'bouwen', mark: true },
      { text: ' & ', mark: false },
      { text: 'één', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('never yields markup other than the marks', () => {
    const parts = parseExcerpt('<img src=x onerror=alert(1)> tekst');
    expect(parts).toEqual([{ text: '<img src=x onerror=alert(1)> tekst', mark: false }]);
  });
});

describe('pageStatus', () => {
  it('counts the results of this URL, with the page when there are several', () => {
    expect(pageStatus(3, false, 'haven', false, 1, 10)).toEqual({
      text: '3 resultaten voor “haven”',
      pages: 1,
      pastEnd: false,
    });
    expect(pageStatus(25, false, 'api', true, 2, 10)).toEqual({
      text: '25 resultaten voor “api” met deze filters, pagina 2 van 3',
      pages: 3,
      pastEnd: false,
    });
  });

  it('says "Zoeken…" while the results are not in, and nothing before a search', () => {
    expect(pageStatus(undefined, true, 'api', false, 1, 10).text).toBe('Zoeken…');
    expect(pageStatus(undefined, false, '', false, 1, 10).text).toBe('');
  });

  it('knows a page past the end, and then leaves the page number out', () => {
    expect(pageStatus(12, false, 'api', false, 5, 10)).toEqual({
      text: '12 resultaten voor “api”',
      pages: 2,
      pastEnd: true,
    });
    expect(pageStatus(0, false, 'xyz', false, 3, 10).pastEnd).toBe(false);
  });
});

describe('resultMessage', () => {
  it('counts in Dutch', () => {
    expect(resultMessage(0, 'haven')).toBe('Geen resultaten voor “haven”');
    expect(resultMessage(1, 'haven')).toBe('1 resultaat voor “haven”');
    expect(resultMessage(3, 'haven')).toBe('3 resultaten voor “haven”');
    expect(resultMessage(2, '', true)).toBe('2 resultaten met deze filters');
  });
});

describe('formatDate', () => {
  it('writes a Dutch date', () => {
    expect(formatDate('2024-12-31T00:00:00.000Z')).toBe('31 december 2024');
    expect(formatDate('geen datum')).toBe('');
  });
});

describe('search URL', () => {
  it('round-trips query, filters and page', () => {
    const search = '?q=api+design&tag=API&auteur=Tom+Ootes&jaar=2025&pagina=3';
    const params = parseSearchParams(search);
    expect(params).toEqual({
      q: 'api design',
      filters: { tag: 'API', auteur: 'Tom Ootes', jaar: '2025' },
      page: 3,
    });
    expect(formatSearchParams(params)).toBe(search);
  });

  it('drops defaults and unknown or broken values', () => {
    expect(parseSearchParams('?pagina=nul&kleur=rood')).toEqual({ q: '', filters: {}, page: 1 });
    expect(formatSearchParams({ q: '', filters: {}, page: 1 })).toBe('');
  });
});

describe('pageWindow', () => {
  it('links the first, the last and the pages around the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(10, 30)).toEqual([1, null, 8, 9, 10, 11, 12, null, 30]);
  });
});

describe('searchRecordFields', () => {
  const post = {
    title: 'Haven en Infra as Code',
    date: '2024-12-31T00:00:00.000Z',
    tags: ['Haven', 'Cloud'],
    authors: ['Digilab'],
    draft: false,
  };

  it('makes the title the only metadata: Pagefind searches metadata, never filters', () => {
    const fields = searchRecordFields(post);
    expect(fields.filter((f) => f.kind === 'meta')).toEqual([
      { kind: 'meta', name: 'title', value: post.title },
    ]);
    expect(fields.filter((f) => f.kind === 'filter')).toEqual([
      { kind: 'filter', name: DATE_FILTER, value: post.date },
      { kind: 'filter', name: 'tag', value: 'Haven' },
      { kind: 'filter', name: 'tag', value: 'Cloud' },
      { kind: 'filter', name: 'auteur', value: 'Digilab' },
      { kind: 'filter', name: 'jaar', value: '2024' },
    ]);
  });

  it('marks a draft with a filter', () => {
    expect(searchRecordFields({ ...post, draft: true })).toContainEqual({
      kind: 'filter',
      name: DRAFT_FILTER,
      value: DRAFT_VALUE,
    });
  });
});

describe('toHit', () => {
  it('reads the date, tags and draft flag from the filters', async () => {
    const hit = await toHit({
      id: 'p1',
      score: 1,
      data: async () => ({
        url: '/blog/2025/07/15/x.html',
        excerpt: 'een <mark>woord</mark>',
        meta: { title: 'Titel' },
        filters: {
          [DATE_FILTER]: ['2025-07-15T00:00:00.000Z'],
          tag: ['Europa', 'Cloud'],
          [DRAFT_FILTER]: [DRAFT_VALUE],
        },
      }),
    });
    expect(hit).toMatchObject({
      url: '/blog/2025/07/15/x',
      title: 'Titel',
      date: '2025-07-15T00:00:00.000Z',
      tags: ['Europa', 'Cloud'],
      draft: true,
    });
  });
});

describe('loadPagefind', () => {
  it('in development rejects with a Dutch explanation, and never throws', async () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      let pending: Promise<unknown> | undefined;
      expect(() => {
        pending = loadPagefind('/pagefind/pagefind.js', '/');
      }).not.toThrow();
      const error = await pending!.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SearchUnavailableError);
      expect((error as SearchUnavailableError).reason).toBe('development');
      expect((error as Error).message).toMatch(/^Zoeken werkt alleen in de gebouwde site/);
    } finally {
      process.env.NODE_ENV = env;
    }
  });
});
