/**
 * `Alert` of @rijkshuisstijl-community/components-react 11: the Utrecht Alert
 * (`utrecht-alert utrecht-alert--<type>`, role `status` or `alert`) with the
 * RHC icon for its type. Written here because the Utrecht component only
 * exists inside `@utrecht/component-library-react` (57 KB gzip, not
 * tree-shakeable).
 *
 * `icon` names another icon of the default set; the remark plugin adds its SVG
 * data as `iconData`, as for `<Icon>`. An unknown `type` renders as `info`
 * (Utrecht does the same for the class; we also give it the info icon).
 */
import clsx from 'clsx';
import type { HTMLAttributes, ReactElement, ReactNode, Ref } from 'react';

import { Icon } from './Icon';
import type { IconData } from '@site/plugins/rijkshuisstijl-compat/icon-types';
import { htmlProps } from './internal/html-props';

export const ALERT_TYPES = ['info', 'ok', 'warning', 'error'] as const;

export type AlertType = (typeof ALERT_TYPES)[number];

/** The RHC icon of each type. */
const TYPE_ICONS: Readonly<Record<AlertType, string>> = {
  info: 'info-circle',
  ok: 'circle-check',
  warning: 'let-op',
  error: 'alert-circle',
};

const TYPE_ROLES: Readonly<Record<AlertType, 'status' | 'alert'>> = {
  info: 'status',
  ok: 'status',
  warning: 'alert',
  error: 'alert',
};

export interface AlertProps extends HTMLAttributes<HTMLDivElement> {
  type?: AlertType | (string & {});
  /** Name of an icon of the default set, instead of the type's icon. */
  icon?: string;
  /** SVG data of `icon`; added at build time, authors do not write it. */
  iconData?: IconData;
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
}

function isAlertType(type: unknown): type is AlertType {
  return ALERT_TYPES.some((known) => known === type);
}

export function Alert({
  type,
  icon,
  iconData,
  role,
  className,
  children,
  ...restProps
}: AlertProps): ReactElement {
  const computedType: AlertType = isAlertType(type) ? type : 'info';
  // As in the library: no icon when neither `type` nor `icon` is given.
  const iconName = icon ?? (type === undefined ? undefined : TYPE_ICONS[computedType]);
  return (
    <div
      {...htmlProps('Alert', restProps)}
      className={clsx('utrecht-alert', `utrecht-alert--${computedType}`, className)}
    >
      {(iconName !== undefined || iconData !== undefined) && (
        <div className="utrecht-alert__icon">
          <Icon icon={iconName} iconData={iconData} />
        </div>
      )}
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role={role || TYPE_ROLES[computedType]}>
          {children}
        </div>
      </div>
    </div>
  );
}
