/**
 * A privacy-friendly video embed. Until the reader clicks play, nothing is
 * loaded from the video host: no player, no thumbnail, no preconnect. The
 * placeholder says so, offers a real button and a plain link to the video's
 * page (which works without JavaScript). On click the placeholder is replaced
 * by the host's player in an iframe, and focus moves to it.
 *
 * Posts do not use this component directly: the remark plugin
 * plugins/remark-video-embed turns `::video-vimeo[…]{id=…}` and
 * `::video-youtube[…]{id=…}` into it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

import { VIDEO_PROVIDERS, type VideoProvider } from '@site/src/mdx/video-providers';
import styles from './styles.module.css';

export interface VideoEmbedProps {
  /** The video host. */
  provider: VideoProvider;
  /** The video's id on that host (checked at build time by the plugin). */
  id: string;
  /** The video's title: shown, and used for the button, link and iframe. */
  title: string;
}

export default function VideoEmbed({ provider, id, title }: VideoEmbedProps): ReactNode {
  const info = VIDEO_PROVIDERS[provider];
  const [playing, setPlaying] = useState(false);
  // The button is never disabled: a disabled button cannot take focus. On
  // reading pages React never loads: there the video island
  // (src/islands/video.ts) does what the click handler below does, reading
  // host, id, title and the player's class from the `data-` attributes. Without
  // JavaScript at all, the link to the video still works.
  const iframeRef = useRef<HTMLIFrameElement>(null);
  // One string, so the HTML has one text node (no React separators in it).
  const notice =
    `Deze video staat op ${info.label}. Pas als je op ‘Video afspelen’ klikt, wordt er iets ` +
    `van ${info.label} geladen. ${info.label} kan dan cookies plaatsen.`;

  useEffect(() => {
    if (playing) {
      iframeRef.current?.focus();
    }
  }, [playing]);

  if (playing) {
    return (
      <div className={styles.videoEmbed}>
        <iframe
          ref={iframeRef}
          className={styles.frame}
          src={info.embedUrl(id)}
          title={title}
          allow="autoplay; fullscreen; picture-in-picture; encrypted-media"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }

  return (
    <div
      className={styles.videoEmbed}
      data-video-provider={provider}
      data-video-id={id}
      data-video-title={title}
      data-video-frame-class={styles.frame}
    >
      <div className={styles.placeholder}>
        <p className={styles.title}>{title}</p>
        <p className={styles.notice}>{notice}</p>
        <div className={styles.actions}>
          <button
            type="button"
            className={styles.play}
            onClick={() => setPlaying(true)}
            // The name includes the title: a page may hold several videos.
            aria-label={`Video afspelen: ${title}`}
          >
            <svg
              className={styles.playIcon}
              viewBox="0 0 16 16"
              aria-hidden="true"
              focusable="false"
            >
              <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
            </svg>
            Video afspelen
          </button>
          <a
            className={styles.watchLink}
            href={info.watchUrl(id)}
            aria-label={`Bekijk op ${info.label}: ${title}`}
          >
            {`Bekijk op ${info.label}`}
          </a>
        </div>
      </div>
    </div>
  );
}
