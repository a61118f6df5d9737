/**
 * react-dom ships no type declarations and the project does not depend on
 * @types/react-dom; the unit tests only need this one function.
 */
declare module 'react-dom/server' {
  import type { ReactNode } from 'react';

  export function renderToStaticMarkup(element: ReactNode): string;
}
