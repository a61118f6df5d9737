/**
 * The click-to-load video island: the same as src/components/VideoEmbed does
 * with React. Until the reader clicks "Video afspelen", nothing is loaded
 * from the video host (the page does not even name the player's address);
 * then the placeholder becomes the host's player in an iframe, and focus
 * moves to it. Host, id, title and the player's class come from the
 * placeholder's `data-video-*` attributes; the address from the one list of
 * video hosts (src/mdx/video-providers).
 */
import { isValidVideoId, VIDEO_PROVIDERS, type VideoProvider } from '@site/src/mdx/video-providers';

/** The player iframe for a placeholder, as VideoEmbed renders it; undefined for an unknown host or id. */
export function playerFor(container: HTMLElement): HTMLIFrameElement | undefined {
  const provider = container.dataset.videoProvider as VideoProvider | undefined;
  const id = container.dataset.videoId ?? '';
  if (
    !provider ||
    !Object.prototype.hasOwnProperty.call(VIDEO_PROVIDERS, provider) ||
    !isValidVideoId(provider, id)
  ) {
    return undefined;
  }
  const frame = document.createElement('iframe');
  frame.className = container.dataset.videoFrameClass ?? '';
  frame.src = VIDEO_PROVIDERS[provider].embedUrl(id);
  frame.title = container.dataset.videoTitle ?? '';
  frame.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
  frame.allowFullscreen = true;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  return frame;
}

/** Plays a video when its placeholder's button is clicked (one listener for the page). */
export function enhanceVideos(): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest('[data-video-provider] button');
    const container = button?.closest<HTMLElement>('[data-video-provider]');
    const frame = container && playerFor(container);
    if (!container || !frame) return;
    container.replaceChildren(frame);
    frame.focus();
  });
}
