/**
 * Markup of the Rijkshuisstijl compatibility layer (src/components/Rijkshuisstijl).
 * `@docusaurus/Link` is a stub here (vitest.config.ts): links that go through
 * Docusaurus carry `data-docusaurus-link`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import * as Rijkshuisstijl from '@site/src/components/Rijkshuisstijl';
import {
  Alert,
  Blockquote,
  Card,
  Heading,
  Icon,
  Link,
  LinkList,
  LinkListLink,
} from '@site/src/components/Rijkshuisstijl';
import { hrefKind } from '@site/src/components/Rijkshuisstijl/internal/href';
import MDXComponents, { buildMdxScope } from '@site/src/theme/MDXComponents';
import { MDX_GLOBAL_COMPONENTS, RIJKSHUISSTIJL_COMPONENTS } from '@site/src/mdx/allowlist';
import { DEFAULT_ICONS } from '@site/plugins/rijkshuisstijl-compat/default-icons.generated';

const html = (element: ReactElement): string => renderToStaticMarkup(element);

/** Props the real library would leak into the HTML; typed loosely on purpose. */
const legacy = (props: Record<string, unknown>): Record<string, never> =>
  props as Record<string, never>;

describe('module and MDX scope', () => {
  it('exports exactly the components of the allowlist', () => {
    expect(Object.keys(Rijkshuisstijl).sort()).toEqual([...RIJKSHUISSTIJL_COMPONENTS].sort());
  });

  it('puts every allowlisted component in the MDX scope', () => {
    const scope = MDXComponents as Record<string, unknown>;
    for (const name of RIJKSHUISSTIJL_COMPONENTS) {
      expect(scope[name], name).toBe(Rijkshuisstijl[name]);
    }
    for (const name of MDX_GLOBAL_COMPONENTS) {
      expect(scope[name], name).toBeTypeOf('function');
    }
  });

  it('keeps the original theme components', () => {
    expect((MDXComponents as Record<string, unknown>).a).toBeTypeOf('function');
  });

  it('fails loudly for an allowlisted name without component', () => {
    expect(() => buildMdxScope(['Bestaat-niet'])).toThrow(/Bestaat-niet/);
  });

  it('never imports the real libraries', () => {
    const dir = path.resolve(__dirname, '../../src/components/Rijkshuisstijl');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.tsx?$/.test(file),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/from '@utrecht\/|from '@rijkshuisstijl-community\//);
      expect(source, file).not.toMatch(/default-icons\.generated/);
    }
  });
});

describe('Blockquote', () => {
  it('renders the old pink variation as a class, with the attribution as caption', () => {
    const out = html(
      <Blockquote {...legacy({ variation: 'pink-background', attribution: '— Uit NDS' })}>
        <p>Afgesproken is dat…</p>
      </Blockquote>,
    );
    expect(out).toBe(
      '<figure class="utrecht-blockquote rhc-blockquote rhc-blockquote--pink-background-variation">' +
        '<blockquote class="utrecht-blockquote__quote"><p>Afgesproken is dat…</p></blockquote>' +
        '<figcaption class="utrecht-blockquote__caption">— Uit NDS</figcaption></figure>',
    );
    expect(out).not.toMatch(/variation=|attribution=/);
  });

  it('prefers caption over attribution and passes cite to the quote', () => {
    const out = html(
      <Blockquote caption="Bron" attribution="Oud" cite="https://example.org/">
        Tekst
      </Blockquote>,
    );
    expect(out).toContain(
      '<blockquote class="utrecht-blockquote__quote" cite="https://example.org/">',
    );
    expect(out).toContain('<figcaption class="utrecht-blockquote__caption">Bron</figcaption>');
    expect(out).not.toContain('Oud');
  });

  it('renders a bare Utrecht blockquote without caption', () => {
    expect(html(<Blockquote>Tekst</Blockquote>)).toBe(
      '<blockquote class="utrecht-blockquote utrecht-blockquote--html-blockquote">Tekst</blockquote>',
    );
  });

  it('ignores unknown variations without leaking them', () => {
    const out = html(<Blockquote {...legacy({ variation: 'groen' })}>Tekst</Blockquote>);
    expect(out).not.toMatch(/rhc-blockquote|variation/);
  });

  it('renders an aside with a figure', () => {
    expect(
      html(
        <Blockquote aside caption="Bron">
          Tekst
        </Blockquote>,
      ),
    ).toBe(
      '<aside class="utrecht-blockquote"><figure class="utrecht-blockquote__figure">' +
        '<blockquote class="utrecht-blockquote__quote">Tekst</blockquote>' +
        '<figcaption class="utrecht-blockquote__caption">Bron</figcaption></figure></aside>',
    );
  });
});

describe('Link', () => {
  it('routes root-relative links through @docusaurus/Link', () => {
    expect(html(<Link href="/blog">Blog</Link>)).toBe(
      '<a data-docusaurus-link="" href="/blog" class="nl-link rhc-link">Blog</a>',
    );
  });

  it('routes relative links and anchors through @docusaurus/Link', () => {
    expect(html(<Link href="../over">Over</Link>)).toContain('data-docusaurus-link');
    expect(html(<Link href="#kop">Kop</Link>)).toContain('data-docusaurus-link');
  });

  it('renders external links as a plain nl-link', () => {
    expect(html(<Link href="https://www.digitaleoverheid.nl/">NDS</Link>)).toBe(
      '<a href="https://www.digitaleoverheid.nl/" class="nl-link rhc-link">NDS</a>',
    );
    expect(html(<Link href="mailto:info@example.org">Mail</Link>)).not.toContain(
      'data-docusaurus-link',
    );
  });

  it('treats absolute URLs of our own domain as external', () => {
    const out = html(<Link href="https://developer.overheid.nl/communities/fds">FDS</Link>);
    expect(out).not.toContain('data-docusaurus-link');
    expect(out).toContain('href="https://developer.overheid.nl/communities/fds"');
  });

  it('links to static files without client-side routing', () => {
    expect(hrefKind('/files/rapport.pdf')).toBe('file');
    expect(hrefKind('/blog/post.html')).toBe('internal');
    expect(hrefKind('/blog?tag=a.b')).toBe('internal');
    expect(html(<Link href="/files/rapport.pdf">PDF</Link>)).toContain('href="/files/rapport.pdf"');
  });

  it('supports inline, current and inlineBox', () => {
    const out = html(
      <Link href="/blog" inline current="page" inlineBox>
        Blog
      </Link>,
    );
    expect(out).toContain(
      'class="nl-link nl-link--current nl-link--inline-box rhc-link rhc-link--inline"',
    );
    expect(out).toContain('aria-current="page"');
  });

  it('drops props that are not valid on <a>', () => {
    const out = html(
      <Link href="https://example.org/" {...legacy({ appearance: 'x', external: true })} data-x="1">
        X
      </Link>,
    );
    expect(out).not.toMatch(/appearance|external=/);
    expect(out).toContain('data-x="1"');
  });
});

describe('Icon', () => {
  it('renders the SVG of the icon data inside a hidden Utrecht icon', () => {
    const out = html(<Icon icon="pijl-naar-rechts" iconData={DEFAULT_ICONS['pijl-naar-rechts']} />);
    expect(out).toMatch(/^<span class="utrecht-icon" role="presentation" aria-hidden="true"><svg /);
    expect(out).toContain('class="tabler-icon tabler-icon-arrow-narrow-right"');
    expect(out).toContain('stroke="currentColor"');
    expect(out).toContain('<path d="M5 12l14 0"></path>');
    expect(out).not.toMatch(/icon=|iconData/);
  });

  it('knows the Alert icons without icon data', () => {
    expect(html(<Icon icon="let-op" />)).toContain('tabler-icon-alert-triangle');
  });

  it('renders an empty icon for names it has no data for', () => {
    expect(html(<Icon icon="zoek" />)).toBe(
      '<span class="utrecht-icon" role="presentation" aria-hidden="true"></span>',
    );
  });

  it('renders the custom map icon filled', () => {
    const out = html(<Icon iconData={DEFAULT_ICONS['nederland-map']} />);
    expect(out).toContain('<svg viewBox="0 0 48 57"');
    expect(out).toContain('fill="currentColor"');
  });

  it('is not hidden when it has a role of its own', () => {
    const out = html(<Icon icon="let-op" role="img" aria-label="Let op" />);
    expect(out).not.toContain('aria-hidden');
    expect(out).toContain('aria-label="Let op"');
  });

  it('has data for every icon of the default set', () => {
    expect(Object.keys(DEFAULT_ICONS)).toHaveLength(86);
    expect(DEFAULT_ICONS['chevron-right']?.tabler).toBe('chevron-right');
  });
});

describe('Card', () => {
  it('links the heading when href is given, even without linkLabel', () => {
    const out = html(
      <Card heading="Haven" description="Standaard voor Kubernetes" href="/blog/haven" />,
    );
    expect(out).toBe(
      '<div class="rhc-card rhc-card--default"><div class="rhc-card__content">' +
        '<h2 class="rhc-card__heading"><a data-docusaurus-link="" href="/blog/haven" class="nl-link rhc-link rhc-card__link">Haven</a></h2>' +
        '<p class="rhc-card__description">Standaard voor Kubernetes</p></div></div>',
    );
  });

  it('adds a footer link with linkLabel', () => {
    const out = html(
      <Card heading="NDS" href="https://www.digitaleoverheid.nl/" linkLabel="Lees meer" />,
    );
    expect(out).toContain(
      '<div class="rhc-card__footer"><div class="rhc-card__link"><a href="https://www.digitaleoverheid.nl/" class="nl-link rhc-link">Lees meer</a></div></div>',
    );
  });

  it('accepts the removed appearance and the old image props without leaking them', () => {
    const out = html(
      <Card
        heading="Oud"
        headingLevel={3}
        metadata="1 juli 2024"
        {...legacy({ appearance: 'default', imageSrc: '/img/x.png', imageAlt: 'Foto' })}
      />,
    );
    expect(out).toContain('<h3 class="rhc-card__heading">Oud</h3>');
    expect(out).toContain(
      '<div class="rhc-card__image"><img class="utrecht-img utrecht-img--photo" src="/img/x.png" alt="Foto"/></div>',
    );
    expect(out).toContain('<p class="rhc-card__metadata">1 juli 2024</p>');
    expect(out).not.toMatch(/appearance|imagesrc|imageSrc/i);
  });
});

describe('Alert', () => {
  it.each([
    ['info', 'status', 'tabler-icon-info-circle'],
    ['ok', 'status', 'tabler-icon-circle-check'],
    ['warning', 'alert', 'tabler-icon-alert-triangle'],
    ['error', 'alert', 'tabler-icon-alert-circle'],
  ])('renders type %s with role %s and its icon', (type, role, iconClass) => {
    const out = html(<Alert type={type}>Bericht</Alert>);
    expect(out).toMatch(
      new RegExp(
        `^<div class="utrecht-alert utrecht-alert--${type}"><div class="utrecht-alert__icon">`,
      ),
    );
    expect(out).toContain(iconClass);
    expect(out).toContain(`<div class="utrecht-alert__message" role="${role}">Bericht</div>`);
  });

  it('renders as info without icon when no type is given', () => {
    expect(html(<Alert>Bericht</Alert>)).toBe(
      '<div class="utrecht-alert utrecht-alert--info"><div class="utrecht-alert__content">' +
        '<div class="utrecht-alert__message" role="status">Bericht</div></div></div>',
    );
  });

  it('falls back to info for unknown types and drops unknown props', () => {
    const out = html(
      <Alert type="succes" {...legacy({ heading: 'Kop' })}>
        Bericht
      </Alert>,
    );
    expect(out).toContain('utrecht-alert--info');
    expect(out).not.toMatch(/succes|heading=/);
  });
});

describe('Heading', () => {
  it('renders the candidate heading with rhc-heading', () => {
    expect(html(<Heading level={2}>Kop</Heading>)).toBe(
      '<h2 class="nl-heading nl-heading--level-2 rhc-heading">Kop</h2>',
    );
  });

  it('supports appearanceLevel, old appearance, and a missing level', () => {
    expect(
      html(
        <Heading level={3} appearanceLevel={2}>
          Kop
        </Heading>,
      ),
    ).toBe('<h3 class="nl-heading nl-heading--level-2 rhc-heading">Kop</h3>');
    expect(html(<Heading {...legacy({ level: '4', appearance: 'level-5' })}>Kop</Heading>)).toBe(
      '<h4 class="nl-heading nl-heading--level-5 rhc-heading">Kop</h4>',
    );
    expect(html(<Heading>Kop</Heading>)).toBe(
      '<h2 class="nl-heading nl-heading--level-2 rhc-heading">Kop</h2>',
    );
  });
});

describe('LinkList', () => {
  it('renders the Utrecht link list with internal and external links', () => {
    const out = html(
      <LinkList>
        <LinkListLink href="/kennisbank">Kennisbank</LinkListLink>
        <LinkListLink href="https://gitlab.com/" icon={<Icon icon="let-op" />}>
          GitLab
        </LinkListLink>
      </LinkList>,
    );
    expect(out).toMatch(/^<ul role="list" class="utrecht-link-list utrecht-link-list--html-ul">/);
    expect(out).toContain(
      '<li class="utrecht-link-list__item"><a data-docusaurus-link="" href="/kennisbank" class="utrecht-link utrecht-link--html-a utrecht-link-list__link"><span class="utrecht-link-list__link-text">Kennisbank</span></a></li>',
    );
    expect(out).toContain(
      '<a href="https://gitlab.com/" class="utrecht-link utrecht-link--html-a utrecht-link-list__link"><span class="utrecht-icon"',
    );
  });

  it('renders the links prop', () => {
    const out = html(<LinkList links={[{ href: '/blog', children: 'Blog' }]} />);
    expect(out).toContain('<span class="utrecht-link-list__link-text">Blog</span>');
  });
});
