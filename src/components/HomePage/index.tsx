/**
 * The homepage: what the site is (HomeIntro), the six latest posts as cards
 * and the most used tags ("onderwerpen", the site's word for them). Its route and data come from plugins/blog,
 * which knows the posts; a page in `src/pages` could not.
 */
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import HomeIntro from '@site/src/components/HomeIntro';
import PostCardList from '@site/src/components/PostCardList';
import type { HomeData } from '@site/plugins/blog/types';
import { formatPostCount } from '@site/src/lib/format';
import styles from './styles.module.css';

export interface HomePageProps {
  home: HomeData;
}

export default function HomePage({ home }: HomePageProps): ReactNode {
  // No `title`: the page title is then just the site name, "developer.overheid.nl".
  return (
    <Layout description="Het blog voor ontwikkelaars bij de overheid: artikelen over API’s, open source, cloud en standaarden.">
      <main className="container">
        <HomeIntro />
        {home.latest.length > 0 ? (
          <section className={styles.section} aria-labelledby="home-latest">
            <div className={styles.sectionHeader}>
              <h2 id="home-latest">Nieuwste artikelen</h2>
              <Link to={home.blogPath} className={styles.more}>
                Alle artikelen
              </Link>
            </div>
            <PostCardList posts={home.latest} headingLevel={3} label="Nieuwste artikelen" />
          </section>
        ) : null}
        {home.tags.length > 0 ? (
          <section className={styles.section} aria-labelledby="home-tags">
            <div className={styles.sectionHeader}>
              <h2 id="home-tags">Veelgebruikte onderwerpen</h2>
              <Link to={home.tagsPath} className={styles.more}>
                Alle onderwerpen
              </Link>
            </div>
            <ul className={styles.tags}>
              {home.tags.map((tag) => (
                <li key={tag.permalink}>
                  <Link to={tag.permalink} className={styles.tag}>
                    <span className={styles.tagLabel}>{tag.label}</span>
                    <span className={styles.tagCount}>{formatPostCount(tag.count)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </Layout>
  );
}
