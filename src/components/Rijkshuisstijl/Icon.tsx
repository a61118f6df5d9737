/**
 * `Icon` of @rijkshuisstijl-community/components-react 11: the Utrecht Icon
 * (`<span class="utrecht-icon">`) holding an icon of the library's default
 * set, which the library renders with Tabler icons. Written here because the
 * library's Icon ships the whole set (and the library's injected stylesheet)
 * to every page.
 *
 * The SVG data does not live in this component. At build time the remark
 * plugin `plugins/rijkshuisstijl-compat/remark-icons.ts` finds every
 * `<Icon icon="…">` with a literal name in a post and adds the paths of that
 * one icon as the `iconData` prop, so each post's chunk carries only the
 * icons it uses. Without `iconData` the Icon knows only the four Alert icons;
 * other names render an empty icon (the library renders nothing for names it
 * does not know either).
 */
import clsx from 'clsx';
import type { HTMLAttributes, ReactElement, ReactNode, Ref } from 'react';

import { ALERT_ICONS } from './icons/alert-icons.generated';
import type { IconData } from '@site/plugins/rijkshuisstijl-compat/icon-types';
import { htmlProps } from './internal/html-props';

export type { IconData } from '@site/plugins/rijkshuisstijl-compat/icon-types';

export interface IconProps extends HTMLAttributes<HTMLSpanElement> {
  /** Name of an icon of the default set, e.g. `pijl-naar-rechts`. */
  icon?: string;
  /** SVG data of `icon`; added at build time, authors do not write it. */
  iconData?: IconData;
  children?: ReactNode;
  ref?: Ref<HTMLSpanElement>;
}

/** The SVG of an icon, as the library renders it (Tabler outline or custom). */
export function IconSvg({ data }: { data: IconData }): ReactElement {
  if (data.tabler === undefined) {
    return (
      <svg viewBox={data.viewBox} xmlns="http://www.w3.org/2000/svg">
        {data.paths.map((d) => (
          <path key={d} d={d} fill="currentColor" />
        ))}
      </svg>
    );
  }
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={24}
      height={24}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={`tabler-icon tabler-icon-${data.tabler}`}
    >
      {data.paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

export function Icon({
  icon,
  iconData,
  children,
  className,
  role = 'presentation',
  ...restProps
}: IconProps): ReactElement {
  const data = iconData ?? (icon === undefined ? undefined : ALERT_ICONS[icon]);
  if (icon !== undefined && data === undefined && process.env.NODE_ENV === 'development') {
    console.warn(`<Icon>: geen SVG voor icoon "${icon}".`);
  }
  return (
    <span
      className={clsx('utrecht-icon', className)}
      role={role}
      aria-hidden={role === 'presentation' ? 'true' : undefined}
      {...htmlProps('Icon', restProps)}
    >
      {data && <IconSvg data={data} />}
      {children}
    </span>
  );
}
