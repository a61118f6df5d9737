/**
 * What the fixture site (./fixture-site.ts) holds besides a copy of the
 * repository and tests/fixtures/site-posts: ten short posts so the blog
 * index gets a second page, an unlisted post, a post written by
 * `npm run new-post`, and the hostile metadata of ./hostile-content.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { FIXTURE_POST_DIR } from './fixture-site';
import { writeHostileContent } from './hostile-content';

export const SCAFFOLD_TITLE = 'Testartikel van new-post';
/** Extra posts, so the blog index needs a second page (12 posts a page). */
export const EXTRA_POSTS = 10;
/** An unlisted post: built, reachable by its link, but in no list and not in search. */
export const UNLISTED = '/blog/2018/06/01/verborgen-bericht';
/** Modification time of one fixture post file, the date a build without git gives it. */
export const FILE_TIME = new Date('2022-03-04T12:00:00Z');

/** Ten short posts tagged `eu` in January 2019; the first has a cover image. */
async function writeExtraPosts(dir: string): Promise<void> {
  const postDir = path.join(dir, 'blog', '2019', '01');
  mkdirSync(path.join(postDir, 'img'), { recursive: true });
  await sharp({
    create: { width: 1200, height: 900, channels: 3, background: { r: 1, g: 104, b: 155 } },
  })
    .png()
    .toFile(path.join(postDir, 'img', 'omslag.png'));
  for (let i = 1; i <= EXTRA_POSTS; i++) {
    const day = String(i).padStart(2, '0');
    const cover = i === 1 ? 'image: ./img/omslag.png\n' : '';
    writeFileSync(
      path.join(postDir, `${day}-europees-bericht-${i}.md`),
      `---\ntitle: Europees bericht ${i}\nauthors: [digilab]\ntags: [eu]\n${cover}---\n\n` +
        `Een kort bericht over Europese afspraken, nummer ${i}, met genoeg tekst voor een kaart.\n\n` +
        '<!-- truncate -->\n\nDe rest van het bericht.\n',
    );
  }
}

function writeUnlistedPost(dir: string): void {
  const postDir = path.join(dir, 'blog', '2018', '06');
  mkdirSync(postDir, { recursive: true });
  writeFileSync(
    path.join(postDir, '01-verborgen-bericht.md'),
    '---\ntitle: Verborgen bericht\nauthors: [digilab]\ntags: []\nunlisted: true\n---\n\n' +
      'Alleen wie de link heeft, leest dit verborgenwoord.\n\n<!-- truncate -->\n',
  );
}

/** Writes all of it into the copy of the site at `dir`. */
export async function writeFixtureContent(dir: string): Promise<void> {
  await writeExtraPosts(dir);
  writeUnlistedPost(dir);
  await writeHostileContent(dir);
  // The scaffold writes a post into the copy; it must build with the rest.
  execFileSync(
    'npx',
    ['tsx', 'scripts/new-post/cli.ts', '--title', SCAFFOLD_TITLE, '--author', 'tom-ootes'].concat([
      '--tags',
      'api',
      '--date',
      '2021-05-04',
      '--yes',
    ]),
    { cwd: dir, stdio: 'inherit' },
  );
  // The copy has no git history: this post is dated by its file's modification time.
  const plain = path.join(dir, FIXTURE_POST_DIR, '01-zonder-componenten.md');
  utimesSync(plain, FILE_TIME, FILE_TIME);
}
