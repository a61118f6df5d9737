import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useThemeConfig } from '@docusaurus/theme-common';
import Navbar from '@theme-original/Navbar';
import styles from './styles.module.css';

/**
 * Wraps the theme's navbar to put a Rijkshuisstijl logo block above it: a lintblauw
 * band hanging from the top edge with the site name beside it, the band centred like
 * the logo on rijksoverheid.nl. The original navbar (links, mobile menu) renders
 * unchanged below it as the blue navigation bar.
 *
 * Why not wrap Navbar/Logo: that component renders inside the sticky bar and inside the
 * mobile menu panel, where a 96 px high band does not fit. The header is a <header>
 * (banner landmark) so no content sits outside a landmark.
 */
export default function NavbarWrapper(): ReactNode {
  const {
    siteConfig: { title },
  } = useDocusaurusContext();
  const { navbar } = useThemeConfig();
  const logoSrc = useBaseUrl(navbar.logo?.src ?? '/img/logo.svg');

  return (
    <>
      <header className={styles.siteHeader}>
        <div className={styles.inner}>
          <Link to="/" className={styles.logo}>
            {/* Decorative: the site name next to it is the link text. */}
            <img
              className={styles.logoBand}
              src={logoSrc}
              alt=""
              width={navbar.logo?.width ?? 48}
              height={navbar.logo?.height ?? 96}
            />
            <span className={styles.logoName}>
              {title}
              <span className="rhc-visually-hidden">, naar de homepage</span>
            </span>
          </Link>
        </div>
      </header>
      <Navbar />
    </>
  );
}
