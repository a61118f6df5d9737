// `@types/react-dom` is not a dependency of the site; this declares the one
// function of `react-dom/server` the unit tests use.
declare module 'react-dom/server' {
  import type { ReactNode } from 'react';

  export function renderToStaticMarkup(element: ReactNode): string;
}
