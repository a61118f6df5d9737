/**
 * Stand-in for `@docusaurus/Link` in unit tests (aliased in vitest.config.ts):
 * the real one needs the Docusaurus context and router. It renders the `<a>`
 * with a `data-docusaurus-link` marker, so tests can tell the links that go
 * through Docusaurus from plain ones, and mimics the `pathname://` handling.
 */
import type { ComponentProps, ReactElement } from 'react';

type Props = ComponentProps<'a'> & { to?: string };

export default function DocusaurusLink({ to, href, ...props }: Props): ReactElement {
  const target = (to ?? href)?.replace(/^pathname:\/\//, '');
  return <a data-docusaurus-link="" href={target} {...props} />;
}
