/** Countries for languages the site's HTML language gives without one. */
const DEFAULT_COUNTRY: Readonly<Record<string, string>> = { nl: 'NL' };

/** `nl` → `nl_NL`, `en-GB` → `en_GB`: an HTML language as an Open Graph locale. */
export function openGraphLocale(htmlLang: string): string {
  const [language, country] = htmlLang.split('-');
  const region = country ?? DEFAULT_COUNTRY[language.toLowerCase()];
  return region ? `${language.toLowerCase()}_${region.toUpperCase()}` : language;
}
