/**
 * The content rules, in one place: what a post may import and use, inline
 * style, self-hosted video and button links (allowlist.ts, style.ts), MDX
 * safety (safety.ts), video hosts (video-providers.ts), admonitions
 * (admonitions.ts), who sees a page (../lib/visibility.ts), where a post
 * lives (../lib/post-path.ts) and how front matter is read (front-matter.ts).
 *
 * Read by the build's remark plugins (plugins/remark-content-habits,
 * src/mdx/remark-safety-guard.ts), by `npm run check:content` and by the
 * guide generator. Node only: the theme (browser code) imports the plain data
 * modules it needs (allowlist.ts, video-providers.ts) directly.
 */
export * from './allowlist';
export * from './admonitions';
export * from './front-matter';
export * from './safety';
export * from './style';
export * from './video-providers';
export * from '../lib/post-path';
export * from '../lib/visibility';
