import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

interface Destination {
  to: string;
  title: string;
  description: string;
}

const destinations: Destination[] = [
  {
    to: '/blog',
    title: 'Lees het blog',
    description:
      'Artikelen van en voor ontwikkelaars bij de overheid: over API’s, open source, cloud en standaarden.',
  },
  {
    to: '/kennisbank',
    title: 'Naar de kennisbank',
    description:
      'Handleidingen bij het blog: zelf een artikel schrijven en welke onderdelen je daarin kunt gebruiken.',
  },
];

/** Introduction of the homepage: what this site is, with the way to the blog and the kennisbank. */
export default function HomeIntro(): ReactNode {
  return (
    <section className={styles.intro} aria-labelledby="home-intro-title">
      <h1 id="home-intro-title" className={styles.title}>
        Het blog voor ontwikkelaars bij de overheid
      </h1>
      <p className={styles.lead}>
        Op developer.overheid.nl delen ontwikkelaars, architecten en teams van de overheid wat ze
        bouwen en wat ze daarbij leren. Open, praktisch en met code erbij waar dat kan.
      </p>
      <ul className={styles.destinations}>
        {destinations.map((destination) => (
          <li key={destination.to} className={styles.destination}>
            <Link to={destination.to} className={styles.destinationLink}>
              <span aria-hidden="true" className={styles.arrow}>
                →
              </span>
              {destination.title}
            </Link>
            <p className={styles.destinationDescription}>{destination.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
