/**
 * Replaces (does not wrap) @theme/Blog/Components/Author, used in post
 * headers, on the authors list and on author pages.
 *
 * Why not wrap: the stock component shows an avatar only for authors with a
 * portrait, links the portrait and the name separately (two tab stops and a
 * name read twice), names social links only by a `title` ("GitHub", whose
 * GitHub?) and shows the post count as a bare number. Here every author gets
 * an avatar (initials for those without a portrait), one link to the author
 * page, social links named "Tom Ootes op GitHub", and "3 artikelen".
 */
import type { ComponentProps, ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type { Props } from '@theme/Blog/Components/Author';
import { safeLinkUrl } from '@site/src/lib/plain-text';
import GitHub from '@theme/Icon/Socials/GitHub';
import LinkedIn from '@theme/Icon/Socials/LinkedIn';
import Mastodon from '@theme/Icon/Socials/Mastodon';
import Bluesky from '@theme/Icon/Socials/Bluesky';
import X from '@theme/Icon/Socials/X';
import YouTube from '@theme/Icon/Socials/YouTube';
import Email from '@theme/Icon/Socials/Email';
import DefaultSocialIcon from '@theme/Icon/Socials/Default';
import AuthorAvatar from '@site/src/components/AuthorAvatar';
import { formatPostCount } from '@site/src/lib/format';
import styles from './styles.module.css';

type Icon = (props: ComponentProps<'svg'>) => ReactNode;

const PLATFORMS: Record<string, { label: string; Icon: Icon }> = {
  github: { label: 'GitHub', Icon: GitHub },
  linkedin: { label: 'LinkedIn', Icon: LinkedIn },
  mastodon: { label: 'Mastodon', Icon: Mastodon },
  bluesky: { label: 'Bluesky', Icon: Bluesky },
  x: { label: 'X', Icon: X },
  twitter: { label: 'X', Icon: X },
  youtube: { label: 'YouTube', Icon: YouTube },
  email: { label: 'e-mail', Icon: Email },
  website: { label: 'de eigen website', Icon: DefaultSocialIcon },
};

function platform(key: string): { label: string; Icon: Icon } {
  return PLATFORMS[key] ?? { label: key, Icon: DefaultSocialIcon };
}

function Socials({ name, socials }: { name: string; socials: Record<string, string> }): ReactNode {
  // No `javascript:` (or `data:`) link from authors.yml reaches a page.
  const entries = Object.entries(socials).filter(([, href]) => safeLinkUrl(href) !== undefined);
  if (entries.length === 0) return null;
  return (
    <ul className={styles.socials} aria-label={`${name} online`}>
      {entries.map(([key, href]) => {
        const { label, Icon } = platform(key);
        return (
          <li key={key}>
            <Link className={styles.socialLink} href={href} aria-label={`${name} op ${label}`}>
              <Icon className={styles.socialIcon} aria-hidden="true" focusable="false" />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export default function BlogAuthor({ as, author, className, count }: Props): ReactNode {
  const { name, title, url, imageURL, email, page, socials } = author;
  const link = page?.permalink || safeLinkUrl(url) || (email && `mailto:${email}`) || undefined;
  const displayName = name ?? '';
  // The author page itself (`as="h1"`) does not link to itself.
  const nameContent =
    link && as !== 'h1' ? (
      <Link href={link} className={styles.nameLink}>
        {displayName}
      </Link>
    ) : (
      displayName
    );
  const NameTag = as ?? 'span';
  return (
    <div className={clsx(styles.author, as && styles[`as-${as}`], className)}>
      <AuthorAvatar
        name={displayName}
        imageURL={imageURL}
        size={as === 'h1' ? 'large' : as === 'h2' ? 'medium' : 'small'}
      />
      <div className={styles.details}>
        <NameTag className={styles.name} translate="no">
          {nameContent}
        </NameTag>
        {title ? <p className={styles.title}>{title}</p> : null}
        {count !== undefined ? <p className={styles.count}>{formatPostCount(count)}</p> : null}
        {socials ? <Socials name={displayName} socials={socials} /> : null}
      </div>
    </div>
  );
}
