/**
 * Whether a page exists in this build, for links to pages that only some
 * builds have: the tag overview exists only when a post of the build has
 * tags (in the preview build, not in the production build). A link to a
 * missing page would also fail the build's broken-link check.
 */
import routes from '@generated/routes';

/** Path of the tag overview ("Onderwerpen"). */
export const TAGS_PATH = '/blog/tags';

interface RouteLike {
  path?: string | readonly string[];
  exact?: boolean;
  routes?: readonly RouteLike[];
}

function inRoutes(list: readonly RouteLike[], path: string): boolean {
  return list.some(
    (route) =>
      (route.exact === true && route.path === path) ||
      (route.routes !== undefined && inRoutes(route.routes, path)),
  );
}

/** True when one of the site's routes is exactly `path`. */
export function hasRoute(path: string): boolean {
  return inRoutes(routes, path);
}
