/** Stand-in for `@theme/Tabs`, `@theme/TabItem` and `@theme/DocCardList` in unit tests. */
import type { ReactElement, ReactNode } from 'react';

export default function ThemeComponent({ children }: { children?: ReactNode }): ReactElement {
  return <div data-theme-component="">{children}</div>;
}
