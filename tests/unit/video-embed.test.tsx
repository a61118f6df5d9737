import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import VideoEmbed from '../../src/components/VideoEmbed';

describe('VideoEmbed before a click', () => {
  const vimeo = renderToStaticMarkup(
    <VideoEmbed provider="vimeo" id="981808944" title="Titel van de video" />,
  );
  const youtube = renderToStaticMarkup(
    <VideoEmbed provider="youtube" id="M7lc1UVf-VE" title="Een YouTube-video" />,
  );

  it('loads nothing from the video host', () => {
    for (const html of [vimeo, youtube]) {
      expect(html).not.toContain('<iframe');
      expect(html).not.toContain('player.vimeo.com');
      expect(html).not.toContain('youtube-nocookie.com');
      expect(html).not.toMatch(/<img|<link|preconnect|i\.ytimg|vimeocdn/);
    }
  });

  it('has a real play button that names the video', () => {
    expect(vimeo).toMatch(
      /<button type="button"[^>]* aria-label="Video afspelen: Titel van de video"[^>]*>.*Video afspelen<\/button>/,
    );
    expect(youtube).toContain('aria-label="Video afspelen: Een YouTube-video"');
  });

  it('links to the video page on the host', () => {
    expect(vimeo).toContain('href="https://vimeo.com/981808944"');
    expect(vimeo).toContain('aria-label="Bekijk op Vimeo: Titel van de video">Bekijk op Vimeo</a>');
    expect(youtube).toContain('href="https://www.youtube.com/watch?v=M7lc1UVf-VE"');
    expect(youtube).toContain('>Bekijk op YouTube</a>');
  });

  it('shows the title and says what happens on a click', () => {
    expect(vimeo).toContain('Titel van de video');
    expect(vimeo).toContain('Pas als je op ‘Video afspelen’ klikt');
    expect(vimeo).toContain('Vimeo kan dan cookies plaatsen');
    expect(youtube).toContain('YouTube kan dan cookies plaatsen');
  });
});
