/** Stand-in for `@theme-original/MDXComponents` in unit tests (see vitest.config.ts). */
import type { ComponentProps, ReactElement } from 'react';

function A(props: ComponentProps<'a'>): ReactElement {
  return <a data-theme-a="" {...props} />;
}

const MDXComponents = { a: A };

export default MDXComponents;
