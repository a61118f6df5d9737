/**
 * Replaces (ejects) the theme's NotFound/Content. A wrapper can only add
 * things before or after the original, which renders its own `<main>` and
 * column: links placed there would sit outside the main landmark and outside
 * the text column. Ours keeps the original's layout, heading and first
 * paragraph (same translation ids) and adds the way back: links to the blog,
 * the tag overview, the search page and the homepage, and a link to the
 * contact page in the closing paragraph.
 *
 * The tag overview only exists when a published post has tags, so that link
 * is shown only when the build has the route (src/lib/routes.ts).
 */
import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type { Props } from '@theme/NotFound/Content';
import { TAGS_PATH, hasRoute } from '@site/src/lib/routes';
import styles from './styles.module.css';

export default function NotFoundContent({ className }: Props): ReactNode {
  const links: { to: string; label: string }[] = [
    { to: '/blog', label: 'Alle artikelen op het blog' },
    ...(hasRoute(TAGS_PATH) ? [{ to: TAGS_PATH, label: 'Alle onderwerpen' }] : []),
    { to: '/zoeken', label: 'Zoeken in de artikelen' },
    { to: '/', label: 'De homepage van developer.overheid.nl' },
  ];
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <h1>
            <Translate id="theme.NotFound.title" description="The title of the 404 page">
              Pagina niet gevonden
            </Translate>
          </h1>
          <p>
            <Translate id="theme.NotFound.p1" description="The first paragraph of the 404 page">
              Deze pagina bestaat niet (meer). Misschien is het adres veranderd of zit er een
              typefout in.
            </Translate>
          </p>
          <h2 className={styles.subheading}>Hier kun je verder</h2>
          <ul className={styles.links}>
            {links.map((link) => (
              <li key={link.to}>
                <Link to={link.to} className={styles.link}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Translate
              id="theme.NotFound.p2"
              description="The 2nd paragraph of the 404 page"
              values={{ contact: <Link to="/contact">Contact</Link> }}
            >
              {
                'Kom je via een link op een andere website? Laat het ons weten via de pagina {contact}, dan zoeken we uit waar de pagina gebleven is.'
              }
            </Translate>
          </p>
        </div>
      </div>
    </main>
  );
}
