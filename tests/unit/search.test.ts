import { describe, expect, it } from 'vitest';
import {
  formatSearchParams,
  pageWindow,
  parseSearchParams,
} from '../../src/components/Search/params';
import { formatDate, parseExcerpt, resultMessage } from '../../src/components/Search/pagefind';

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
