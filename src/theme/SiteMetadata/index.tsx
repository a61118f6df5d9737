/**
 * Wraps (does not eject) the theme's site-wide head tags, which every page
 * gets before its own (a page's tags override these):
 *
 * - `og:locale` as Open Graph writes it, language and country (`nl_NL`):
 *   the theme copies the HTML language, `nl`, which Open Graph does not know;
 * - the size, type and alternative text of the default social image
 *   (`themeConfig.image`, rendered by plugins/blog), next to the
 *   `og:image` the theme writes for it. Posts set their own image and these
 *   tags with it (src/theme/BlogPostPage/Metadata).
 */
import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { BlogGlobalData } from '@site/plugins/blog/types';
import SiteMetadata from '@theme-original/SiteMetadata';
import { openGraphLocale } from './locale';

export default function SiteMetadataWrapper(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const htmlLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const blog = usePluginData('docusaurus-plugin-content-blog') as BlogGlobalData | undefined;
  const site = blog?.siteImage;
  return (
    <>
      <SiteMetadata />
      <Head>
        <meta property="og:locale" content={openGraphLocale(htmlLang)} />
        {site && <meta property="og:image:type" content={site.type} />}
        {site && <meta property="og:image:width" content={String(site.width)} />}
        {site && <meta property="og:image:height" content={String(site.height)} />}
        {site && <meta property="og:image:alt" content={site.alt} />}
        {site && <meta name="twitter:image:alt" content={site.alt} />}
      </Head>
    </>
  );
}
