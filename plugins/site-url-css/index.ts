/**
 * The site's address (`url` in docusaurus.config.ts) as a CSS custom
 * property, `--dev-site-url`, so stylesheets can use it without writing it a
 * second time: the print stylesheet writes out internal links as absolute
 * addresses (src/css/print.css). A generated stylesheet, loaded as a client
 * module: it ends up in the site's CSS file, so it needs no inline `<style>`
 * (which the Content-Security-Policy forbids) and works before React loads.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export const PLUGIN_NAME = 'site-url-css';

/** A CSS string literal for any text. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

/** The stylesheet: the site URL without a trailing slash, as paths start with one. */
export function siteUrlCss(siteUrl: string): string {
  return `:root {\n  --dev-site-url: ${cssString(siteUrl.replace(/\/+$/, ''))};\n}\n`;
}

export default function siteUrlCssPlugin(context: LoadContext): Plugin {
  const file = path.join(context.generatedFilesDir, PLUGIN_NAME, 'site-url.css');
  const css = siteUrlCss(context.siteConfig.url);
  // Written at once, so the file exists before Docusaurus collects the client
  // modules; left alone when unchanged, so `npm start` does not rebuild for it.
  if (!existsSync(file) || readFileSync(file, 'utf8') !== css) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, css);
  }
  return {
    name: PLUGIN_NAME,
    getClientModules() {
      return [file];
    },
  };
}
