/**
 * Wraps (does not eject) the theme's site-wide head tags, which every page
 * gets before its own (a page's tags override these): `og:locale` as Open
 * Graph writes it, language and country (`nl_NL`). The theme copies the HTML
 * language, `nl`, which Open Graph does not know.
 */
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import SiteMetadata from '@theme-original/SiteMetadata';
import { openGraphLocale } from './locale';

export default function SiteMetadataWrapper(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const htmlLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  return (
    <>
      <SiteMetadata />
      <Head>
        <meta property="og:locale" content={openGraphLocale(htmlLang)} />
      </Head>
    </>
  );
}
