import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';

import type { AuthorsMap, BlogPost } from '@docusaurus/plugin-content-blog';
import { authorsWithPosts } from '../../plugins/blog/authors';
import { readBody } from '../../plugins/blog/body';
import { ImageStore } from '../../plugins/blog/images';
import { modelPosts, postExtras, publishImages } from '../../plugins/blog/model';
import {
  listingDate,
  withListingDate,
  type ListingContext,
} from '../../plugins/blog/listing-dates';
import {
  listItem,
  listItemsFile,
  truncatedItemSources,
  withListItemsModule,
  type ListItem,
} from '../../plugins/blog/list-items';
import { relatedPosts, type RelatablePost } from '../../plugins/blog/related';
import type { PostCardData } from '../../plugins/blog/types';
import { avatarColour, initials } from '../../src/components/AuthorAvatar';
import { isLongPost } from '../../src/components/BackToTop';
import {
  formatDate,
  formatPostCount,
  formatReadingTime,
  roundedReadingTime,
} from '../../src/lib/format';

const excerpt = (markdown: string, max?: number): string | undefined =>
  readBody(markdown, max).excerpt;

describe('excerpt', () => {
  it('joins a hard-wrapped first paragraph instead of stopping at its first line', () => {
    const md = '# Titel\n\nEen eerste regel die\ndoorloopt op de tweede.\n\nTweede alinea.\n';
    expect(excerpt(md)).toBe('Een eerste regel die doorloopt op de tweede.');
  });

  it('skips MDX imports and JSX and strips Markdown', () => {
    const md =
      "import X from '@site/x';\n\n<X />\n\nEen **vette** [link](/blog) tekst.\n\n<!-- truncate -->\n";
    expect(excerpt(md)).toBe('Een vette link tekst.');
  });

  it('cuts a long paragraph at a word, with an ellipsis, within the limit', () => {
    const long = Array.from({ length: 80 }, (_, i) => `woord${i}`).join(' ');
    const result = excerpt(long, 100)!;
    expect(result.length).toBeLessThanOrEqual(100);
    expect(result.endsWith('…')).toBe(true);
    expect(long.startsWith(result.slice(0, -1))).toBe(true);
  });

  it('looks only before the truncate marker', () => {
    expect(excerpt('# Kop\n\n<!-- truncate -->\n\nNa de marker.\n')).toBeUndefined();
    expect(excerpt('# Kop\n\n{/* truncate */}\n\nNa de marker.\n')).toBeUndefined();
    // A marker inside the first paragraph: the part before it.
    expect(excerpt('Voor de marker {/* truncate */} erna.\n')).toBe('Voor de marker');
  });
});

describe('images of a post body', () => {
  it('lists every Markdown image in order, from the same parse as the excerpt', () => {
    const body = readBody(
      '# T\n\nTekst ![Eerste](./a.png) en ![Tweede](./b.png)\n\n![](/img/c.jpg)',
    );
    expect(body.images).toEqual([
      { url: './a.png', alt: 'Eerste' },
      { url: './b.png', alt: 'Tweede' },
      { url: '/img/c.jpg', alt: '' },
    ]);
    expect(body.excerpt).toBe('Tekst Eerste en Tweede');
    expect(readBody('# Geen afbeelding').images).toEqual([]);
  });
});

describe('relatedPosts', () => {
  const post = (
    permalink: string,
    tags: string[],
    date: string,
    published = true,
  ): RelatablePost => ({
    permalink,
    title: permalink,
    date,
    description: '',
    tags: tags.map((t) => ({ permalink: `/blog/tags/${t}` })),
    published,
  });

  it('ranks by shared tags, then newest, at most three, never itself or a draft', () => {
    const posts = [
      post('/a', ['api', 'haven', 'ai'], '2025-01-01'),
      post('/b', ['api'], '2025-03-01'),
      post('/c', ['api', 'haven'], '2024-01-01'),
      post('/d', ['api', 'haven', 'ai'], '2023-01-01'),
      post('/e', ['ai'], '2025-06-01'),
      post('/draft', ['api', 'haven', 'ai'], '2025-07-01', false),
      post('/none', ['eu'], '2025-07-01'),
    ];
    const related = relatedPosts(posts);
    expect(related.get('/a')!.map((p) => p.permalink)).toEqual(['/d', '/c', '/e']);
    expect(related.get('/none')).toEqual([]);
    // A draft gets suggestions, but is never suggested.
    expect(related.get('/draft')!.map((p) => p.permalink)).toEqual(['/a', '/d', '/c']);
  });
});

describe('authorsWithPosts', () => {
  const author = (key: string) => ({ key, name: key, page: { permalink: `/blog/authors/${key}` } });
  const map: AuthorsMap = {
    digilab: author('digilab'),
    martin: author('martin'),
    tom: author('tom'),
  };

  it('keeps only authors a post of the build names, in the order of authors.yml', () => {
    const posts = [
      { metadata: { authors: [{ key: 'tom' }] } },
      { metadata: { authors: [{ key: 'digilab' }, { key: null }] } },
    ];
    expect(Object.keys(authorsWithPosts(map, posts))).toEqual(['digilab', 'tom']);
    expect(authorsWithPosts(map, [])).toEqual({});
  });
});

describe('sitemap dates of listing pages', () => {
  const context: ListingContext = {
    postDates: new Map([
      ['@site/blog/a.md', new Date('2025-07-15T00:00:00Z')],
      ['@site/blog/b.md', new Date('2024-12-31T00:00:00Z')],
    ]),
    summaries: new Map([['/blog/archive', new Date('2025-07-15T00:00:00Z')]]),
  };
  const list = (path: string, sources: string[]) => ({
    path,
    component: 'x',
    modules: { items: sources.map((source) => ({ content: { __import: true, path: source } })) },
  });

  it('dates a list by the newest post it shows, a summary page by its own date', () => {
    expect(listingDate(list('/blog/page/2', ['@site/blog/b.md']), context)).toEqual(
      new Date('2024-12-31T00:00:00Z'),
    );
    expect(
      listingDate(list('/blog', ['@site/blog/b.md', '@site/blog/a.md']), context)?.toISOString(),
    ).toBe('2025-07-15T00:00:00.000Z');
    expect(listingDate({ path: '/blog/archive', component: 'x' }, context)).toBeDefined();
    expect(listingDate({ path: '/blog/x', component: 'x' }, context)).toBeUndefined();
  });

  it("puts the date in the route's metadata, where the sitemap plugin reads it", () => {
    const date = new Date('2025-07-15T00:00:00Z');
    const route = { path: '/blog', component: 'x' };
    expect(withListingDate(route, date).metadata).toEqual({ lastUpdatedAt: date.getTime() });
    expect(withListingDate(route, undefined)).toBe(route);
    // A date from git (a post's own route) stays.
    const post = { path: '/blog/a', component: 'x', metadata: { lastUpdatedAt: 1 } };
    expect(withListingDate(post, date)).toBe(post);
  });
});

describe('author avatars', () => {
  it('takes the initials of the first and last name, skipping Dutch particles', () => {
    expect(initials('Martin van der Plas')).toBe('MP');
    expect(initials('Tom Ootes')).toBe('TO');
    expect(initials('Digilab')).toBe('D');
    expect(initials('Anne-Marie de Vries')).toBe('AV');
  });

  it('gives a name always the same colour, and spreads names over the palette', () => {
    expect(avatarColour('Tom Ootes')).toBe(avatarColour('Tom Ootes'));
    const colours = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map(avatarColour));
    expect(colours.size).toBeGreaterThan(3);
  });
});

describe('card data', () => {
  it('writes dates, reading time and counts in Dutch', () => {
    expect(formatDate('2025-07-15T00:00:00.000Z')).toBe('15 juli 2025');
    expect(formatReadingTime(2.2)).toBe('3 min leestijd');
    expect(formatReadingTime(0.1)).toBe('1 min leestijd');
    expect(formatPostCount(1)).toBe('1 artikel');
    expect(formatPostCount(4)).toBe('4 artikelen');
  });

  it('offers "Terug naar boven" by the reading time the reader sees, rounded up', () => {
    // The Haven post: a raw estimate just over two minutes reads "3 minuten leestijd".
    expect(roundedReadingTime(2.01)).toBe(3);
    expect(isLongPost(2.01)).toBe(true);
    expect(isLongPost(2)).toBe(false);
    expect(isLongPost(undefined)).toBe(false);
  });
});

describe('list pages get one data module for their posts (list-items.ts)', () => {
  const cover = {
    src: '/img/kaarten/post-400w.jpg',
    width: 400,
    height: 225,
    webp: [] as [string, number][],
    fallback: [] as [string, number][],
    fallbackType: 'image/jpeg',
  };
  const card = (source: string): PostCardData => ({
    permalink: `/blog/${source.split('/').pop()}`,
    title: 'Titel',
    date: '2024-12-31T00:00:00.000Z',
    description: 'Beschrijving',
    authors: [{ name: 'A', imageURL: '/img/auteurs/a.jpg' }],
    tags: [],
    cover,
    draft: false,
  });
  function post(source: string, image?: string): BlogPost {
    return {
      id: source,
      content: '',
      metadata: {
        source,
        permalink: `/blog/${source.split('/').pop()}`,
        title: 'Titel',
        description: 'Beschrijving',
        date: new Date('2024-12-31T00:00:00Z'),
        tags: [],
        authors: [{ key: 'a', name: 'A', imageURL: '/img/auteurs/a.jpg', socials: {} }],
        frontMatter: image ? { image } : {},
        readingTime: 3,
        hasTruncateMarker: true,
        unlisted: false,
        editUrl: undefined,
        prevItem: { title: 'Vorige', permalink: '/blog/vorige' },
        nextItem: { title: 'Volgende', permalink: '/blog/volgende' },
        extras: {
          card: card(source),
          related: [{ permalink: '/x', title: 'x', date: '', description: '' }],
        },
      } as unknown as BlogPost['metadata'],
    };
  }
  const truncated = (path: string) => ({
    content: { __import: true, path, query: { truncated: true } },
  });

  it("recognises Docusaurus' items and nothing else", () => {
    const route = {
      path: '/blog',
      component: 'x',
      modules: { items: [truncated('@site/blog/a.md'), truncated('@site/blog/b.md')] },
    };
    expect(truncatedItemSources(route)).toEqual(['@site/blog/a.md', '@site/blog/b.md']);
    expect(truncatedItemSources({ path: '/blog/a', component: 'x' })).toBeUndefined();
    expect(
      truncatedItemSources({ path: '/x', component: 'x', modules: { items: '/already.json' } }),
    ).toBeUndefined();
  });

  it('gives a card what it reads, without the post page extras', () => {
    const item = listItem(post('@site/blog/a.md'));
    expect(item.content.metadata.title).toBe('Titel');
    // Only what a list reads: a post is copied into every list page it is on.
    for (const key of ['prevItem', 'nextItem', 'source', 'editUrl', 'hasTruncateMarker']) {
      expect(item.content.metadata).not.toHaveProperty(key);
    }
    const withMore = post('@site/blog/a.md', '/img/x.png');
    Object.assign(withMore.metadata.frontMatter, {
      draft: true,
      slug: 'x',
      toc_max_heading_level: 3,
    });
    expect(listItem(withMore).content.frontMatter).toEqual({ image: '/img/x.png' });
    // The card as the list draws it is the card of the post, and only that of its extras.
    expect(item.content.metadata.extras).toEqual({ card: card('@site/blog/a.md') });
    expect(item.content.assets.authorsImageUrls).toEqual(['/img/auteurs/a.jpg']);
  });

  it('gives a URL image as it is, a cover next to the post as its card image', () => {
    expect(listItem(post('@site/blog/a.md', '/img/x.png')).content.assets.image).toBe('/img/x.png');
    expect(
      listItem(post('@site/blog/a.md', 'https://example.org/x.png')).content.assets.image,
    ).toBe('https://example.org/x.png');
    expect(listItem(post('@site/blog/a.md', './img/cover.png')).content.assets.image).toBe(
      cover.src,
    );
    // Without `image` the list's structured data has none, as Docusaurus' own.
    expect(listItem(post('@site/blog/a.md')).content.assets.image).toBeUndefined();
  });

  it('replaces the items of a list route by one module, in the order of the page', async () => {
    const posts = new Map(['@site/blog/a.md', '@site/blog/b.md'].map((s) => [s, post(s)] as const));
    const written: Record<string, string> = {};
    const createData = async (name: string, data: string): Promise<string> => {
      written[name] = data;
      return `/generated/${name}`;
    };
    const route = {
      path: '/blog/tags/api',
      component: 'x',
      modules: {
        sidebar: '/sidebar.json',
        items: [truncated('@site/blog/b.md'), truncated('@site/blog/a.md')],
      },
    };
    const result = await withListItemsModule(route, posts, createData);
    const file = listItemsFile('/blog/tags/api');
    expect(result.modules).toEqual({ sidebar: '/sidebar.json', items: `/generated/${file}` });
    const items = JSON.parse(written[file]) as ListItem[];
    expect(items.map((i) => i.content.metadata.permalink)).toEqual(['/blog/b.md', '/blog/a.md']);
    // A post route is left as it is.
    const postRoute = { path: '/blog/a', component: 'x', modules: { content: '@site/blog/a.md' } };
    expect(await withListItemsModule(postRoute, posts, createData)).toBe(postRoute);
    await expect(
      withListItemsModule(
        { ...route, modules: { items: [truncated('@site/blog/weg.md')] } },
        posts,
        createData,
      ),
    ).rejects.toThrow(/geen artikel voor @site\/blog\/weg\.md/);
  });
});

describe('the post model (model.ts): one pass per post fills metadata.extras', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'blog-model-'));
  const staticDir = path.join(site, 'static-out');
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  function blogPost(
    file: string,
    content: string,
    options: { frontMatter?: Record<string, unknown>; tags?: string[]; date?: string } = {},
  ): BlogPost {
    const slug = path.basename(file).replace(/\.mdx?$/, '');
    return {
      id: file,
      content,
      metadata: {
        source: `@site/${file}`,
        permalink: `/blog/${slug}`,
        title: `Titel ${slug}`,
        description: 'De eerste regel van Docusaurus',
        date: new Date(options.date ?? '2025-07-15T00:00:00Z'),
        readingTime: 2.5,
        tags: (options.tags ?? ['api']).map((t) => ({ label: t, permalink: `/blog/tags/${t}` })),
        authors: [{ key: 'tom', name: 'Tom Ootes' }],
        frontMatter: options.frontMatter ?? {},
        unlisted: false,
      } as unknown as BlogPost['metadata'],
    };
  }

  async function run(posts: BlogPost[], store: ImageStore): Promise<void> {
    const publications = await modelPosts(posts, {
      siteDir: site,
      staticDirs: [path.join(site, 'static')],
      baseUrl: '/',
      blogBasePath: '/blog/',
      siteName: 'developer.overheid.nl',
      store,
    });
    await publishImages(publications, staticDir);
  }

  it('reads description, visibility, card, social image, related posts and search fields', async () => {
    const dir = path.join(site, 'blog', '2025', '07');
    mkdirSync(path.join(dir, 'img'), { recursive: true });
    await sharp({ create: { width: 1000, height: 700, channels: 3, background: '#01689b' } })
      .png()
      .toFile(path.join(dir, 'img', 'foto.png'));
    const withImage = blogPost(
      'blog/2025/07/15-met-foto.md',
      'Een eerste alinea\nover twee regels.\n\n![Een foto](./img/foto.png)\n\n<!-- truncate -->\n',
    );
    const draft = blogPost('blog/2025/07/14-concept.md', 'Concepttekst.', {
      frontMatter: { preview_draft: true },
      date: '2025-07-14T00:00:00Z',
    });
    const unlisted = blogPost('blog/2025/07/13-verborgen.md', 'Verborgen.', {
      frontMatter: { unlisted: true, description: 'Eigen beschrijving' },
      date: '2025-07-13T00:00:00Z',
    });
    const store = new ImageStore(path.join(site, 'cache'));
    await run([withImage, draft, unlisted], store);

    const extras = postExtras(withImage);
    expect(extras.description).toBe('Een eerste alinea over twee regels.');
    expect(withImage.metadata.description).toBe(extras.description);
    expect(extras.visibility).toEqual({ draft: false, listed: true });
    expect(extras.card.cover?.webp.map(([, w]) => w)).toEqual([400, 800]);
    const [coverUrl] = extras.card.cover!.fallback[0];
    expect(existsSync(path.join(staticDir, coverUrl))).toBe(true);
    expect(extras.social).toMatchObject({
      url: '/img/social/15-met-foto.jpg',
      type: 'image/jpeg',
      width: 1200,
      height: 630,
      alt: 'Een foto',
    });
    const social = await sharp(path.join(staticDir, extras.social.url)).metadata();
    expect([social.width, social.height]).toEqual([1200, 630]);
    expect(extras.search?.find((f) => f.name === 'title')?.value).toBe('Titel 15-met-foto');
    // Drafts and unlisted posts are never offered as related posts.
    expect(extras.related).toEqual([]);

    const draftExtras = postExtras(draft);
    expect(draftExtras.visibility.draft).toBe(true);
    expect(draftExtras.card.draft).toBe(true);
    expect(draftExtras.related.map((p) => p.permalink)).toEqual(['/blog/15-met-foto']);
    expect(draftExtras.search?.some((f) => f.name === 'concept')).toBe(true);
    // No image: a generated card.
    expect(draftExtras.social).toMatchObject({
      url: '/img/social/14-concept.png',
      type: 'image/png',
    });

    const unlistedExtras = postExtras(unlisted);
    expect(unlistedExtras.description).toBe('De eerste regel van Docusaurus');
    expect(unlistedExtras.visibility.listed).toBe(false);
    expect(unlistedExtras.search).toBeUndefined();

    // The image is the post's image and in its body: decoded once for every preset.
    expect([...store.decodes.values()]).toEqual([1]);
    // The next build with the cache in place decodes nothing.
    const next = new ImageStore(path.join(site, 'cache'));
    await run([withImage, draft, unlisted], next);
    expect(next.decodes.size).toBe(0);
  });
});
