/**
 * `Card` of @rijkshuisstijl-community/components-react 11 (`rhc-card
 * rhc-card--default`): optional image, a heading that is the card's link when
 * `href` is given, subheading, description, metadata, children, and a footer
 * link when `linkLabel` is given. Written here because the library's Card runs
 * the library's module body (its injected stylesheet and 155 KB gzip of JS).
 *
 * Compatibility with posts written for older versions, whose `Card` was what
 * is now `CardAsLink`: `appearance` (`default`, `full-bleed`, `horizontal`) is
 * accepted and ignored, `imageSrc`/`imageAlt` become the image. Props that are
 * not valid on a `<div>` are dropped instead of leaking into the HTML. The
 * footer link needs `href` as well as `linkLabel` (the library would render an
 * `<a>` without destination).
 */
import clsx from 'clsx';
import type { HTMLAttributes, ReactElement, ReactNode, Ref } from 'react';

import { Link } from './Link';
import { htmlProps } from './internal/html-props';
import { type HeadingLevel, toLevel } from './internal/level';

export interface CardProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  heading: ReactNode;
  headingLevel?: HeadingLevel;
  subheading?: ReactNode;
  description?: ReactNode;
  metadata?: ReactNode;
  /** Image element shown above the content. */
  image?: ReactNode;
  /** Destination of the card; the heading becomes the link. */
  href?: string;
  target?: string;
  /** `title` of the link(s). */
  title?: string;
  /** Text of an extra link in the card's footer. */
  linkLabel?: string;
  /** @deprecated CardAsLink (RHC < 4): no longer has an effect. */
  appearance?: string;
  /** @deprecated CardAsLink (RHC < 4): source of the image. */
  imageSrc?: string;
  /** @deprecated CardAsLink (RHC < 4): alternative text of the image. */
  imageAlt?: string;
  /** @deprecated CardAsLink (RHC < 4): the image is decorative. */
  imagePresentation?: boolean;
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
}

export function Card({
  heading,
  headingLevel = 2,
  subheading,
  description,
  metadata,
  image,
  href,
  target,
  title,
  linkLabel,
  appearance: _appearance,
  imageSrc,
  imageAlt,
  imagePresentation,
  className,
  children,
  ...restProps
}: CardProps): ReactElement {
  const HeadingTag = `h${toLevel(headingLevel) ?? 2}` as const;
  const cardImage =
    image ??
    (imageSrc ? (
      <img
        className="utrecht-img utrecht-img--photo"
        src={imageSrc}
        alt={imagePresentation ? '' : (imageAlt ?? '')}
      />
    ) : null);
  return (
    <div
      className={clsx('rhc-card', 'rhc-card--default', className)}
      {...htmlProps('Card', restProps)}
    >
      {cardImage && <div className="rhc-card__image">{cardImage}</div>}
      <div className="rhc-card__content">
        <HeadingTag className="rhc-card__heading">
          {href ? (
            <Link className="rhc-card__link" href={href} target={target} title={title}>
              {heading}
            </Link>
          ) : (
            heading
          )}
        </HeadingTag>
        {subheading && <p className="rhc-card__subheading">{subheading}</p>}
        {description && <p className="rhc-card__description">{description}</p>}
        {metadata && <p className="rhc-card__metadata">{metadata}</p>}
        {children}
      </div>
      {linkLabel && href && (
        <div className="rhc-card__footer">
          <div className="rhc-card__link">
            <Link href={href} target={target} title={title}>
              {linkLabel}
            </Link>
          </div>
        </div>
      )}
    </div>
  );
}
