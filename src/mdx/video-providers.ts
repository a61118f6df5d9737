/**
 * The video hosts a post may embed, shared by the remark plugin (which checks
 * ids at build time) and the VideoEmbed component (which builds the URLs).
 * Plain data and pure functions only: this module runs in Node and in the
 * browser.
 */
import type { VIDEO_DIRECTIVES } from './allowlist';

/** A supported video host, as named in `VIDEO_DIRECTIVES`. */
export type VideoProvider = (typeof VIDEO_DIRECTIVES)[keyof typeof VIDEO_DIRECTIVES];

export interface VideoProviderInfo {
  /** Name shown to readers. */
  label: string;
  /** What a valid id looks like. */
  idPattern: RegExp;
  /** Dutch description of a valid id ("een …-id bestaat uit …"), for build errors. */
  idDescription: string;
  /** A valid id, for examples in build errors. */
  exampleId: string;
  /** The video's own page on the host (a plain link, works without JS). */
  watchUrl: (id: string) => string;
  /** The player loaded in an iframe once the reader clicks play. */
  embedUrl: (id: string) => string;
}

export const VIDEO_PROVIDERS: Readonly<Record<VideoProvider, VideoProviderInfo>> = {
  vimeo: {
    label: 'Vimeo',
    idPattern: /^[0-9]+$/,
    idDescription: 'alleen cijfers',
    exampleId: '981808944',
    watchUrl: (id) => `https://vimeo.com/${id}`,
    // dnt=1: Vimeo's "do not track", the player sets no tracking cookies.
    embedUrl: (id) => `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1`,
  },
  youtube: {
    label: 'YouTube',
    idPattern: /^[A-Za-z0-9_-]{11}$/,
    idDescription: 'precies 11 tekens: letters, cijfers, - of _',
    exampleId: 'M7lc1UVf-VE',
    watchUrl: (id) => `https://www.youtube.com/watch?v=${id}`,
    // youtube-nocookie.com: YouTube's privacy-enhanced mode.
    embedUrl: (id) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
  },
};

/** True when `id` is a valid id for `provider`. */
export function isValidVideoId(provider: VideoProvider, id: string): boolean {
  return VIDEO_PROVIDERS[provider].idPattern.test(id);
}
