import { describe, expect, it } from 'vitest';
import {
  formatPostDate,
  groupArchive,
  monthName,
  type ArchivePost,
} from '../../src/theme/BlogArchivePage/archive';
import { articleCount, sortTags } from '../../src/theme/BlogTagsListPage/tags';

function post(date: string, title = date): ArchivePost {
  return { title, permalink: `/blog/${title}`, date, draft: false };
}

describe('groupArchive', () => {
  it('groups by year and month, newest first, whatever order the posts come in', () => {
    const years = groupArchive([
      post('2024-12-31T00:00:00.000Z', 'haven'),
      post('2025-07-15T00:00:00.000Z', 'nds'),
      post('2025-01-02T00:00:00.000Z', 'januari'),
      post('2025-07-20T00:00:00.000Z', 'later-in-juli'),
    ]);
    expect(
      years.map((y) => ({
        year: y.year,
        months: y.months.map((m) => [m.name, m.posts.map((p) => p.title)]),
      })),
    ).toEqual([
      {
        year: 2025,
        months: [
          ['juli', ['later-in-juli', 'nds']],
          ['januari', ['januari']],
        ],
      },
      { year: 2024, months: [['december', ['haven']]] },
    ]);
  });

  it('gives every post an ISO date and a Dutch date, read in UTC', () => {
    const [year] = groupArchive([post('2025-07-15T00:00:00.000Z')]);
    expect(year.id).toBe('jaar-2025');
    expect(year.months[0].id).toBe('2025-07');
    expect(year.months[0].posts[0]).toMatchObject({ isoDate: '2025-07-15', label: '15 juli 2025' });
  });

  it('leaves out posts without a valid date and handles an empty blog', () => {
    expect(groupArchive([post('geen datum')])).toEqual([]);
    expect(groupArchive([])).toEqual([]);
  });
});

describe('Dutch dates', () => {
  it('names the months in lower case, as Dutch writes them', () => {
    expect([1, 3, 7, 12].map(monthName)).toEqual(['januari', 'maart', 'juli', 'december']);
  });

  it('writes a post date in full', () => {
    expect(formatPostDate('2024-12-31T00:00:00.000Z')).toBe('31 december 2024');
    expect(formatPostDate(new Date(Date.UTC(2025, 0, 1)))).toBe('1 januari 2025');
  });
});

describe('tag overview', () => {
  const tag = (label: string, count = 1) => ({ label, permalink: `/blog/tags/${label}`, count });

  it('sorts by label in Dutch order, ignoring case and accents', () => {
    const sorted = sortTags([tag('haven'), tag('Europa'), tag('API'), tag('Écht'), tag('ai')]);
    expect(sorted.map((t) => t.label)).toEqual(['ai', 'API', 'Écht', 'Europa', 'haven']);
  });

  it('leaves out tags without posts', () => {
    expect(sortTags([tag('API', 0), tag('Haven', 2)]).map((t) => t.label)).toEqual(['Haven']);
  });

  it('counts articles in Dutch', () => {
    expect(articleCount(1)).toBe('1 artikel');
    expect(articleCount(3)).toBe('3 artikelen');
    expect(articleCount(0)).toBe('0 artikelen');
  });
});
