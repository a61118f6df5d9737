/**
 * The content rules, in one place: what a post may import and use, inline
 * style, self-hosted video and button links (allowlist.ts, style.ts), ARIA
 * and the axe rules a post can break (accessibility.ts, axe-rules.ts), MDX
 * safety (safety.ts), video hosts (video-providers.ts), admonitions
 * (admonitions.ts), who sees a page (../lib/visibility.ts), where a post
 * lives (../lib/post-path.ts) and how front matter is read (front-matter.ts).
 *
 * Read by the build's remark plugins (plugins/remark-content-habits,
 * src/mdx/remark-safety-guard.ts), by `npm run check:content` and by the
 * guide generator. Node only: the theme (browser code) imports the plain data
 * modules it needs (allowlist.ts, video-providers.ts) directly.
 */
// Named, not `export *`: the checker is an ES module and imports these by name from CommonJS.
export {
  RIJKSHUISSTIJL_COMPONENTS,
  RIJKSHUISSTIJL_PACKAGE,
  MDX_IMPORT_ALLOWLIST,
  MDX_IMPORT_PREFIX_ALLOWLIST,
  MDX_GLOBAL_COMPONENTS,
  ADMONITION_TYPES,
  VIDEO_DIRECTIVES,
  MDX_HTML_ELEMENTS,
  SELF_HOSTED_VIDEO,
  BUTTON_LINK,
  MDX_FORBIDDEN_ELEMENTS,
  MDX_FORBIDDEN_ATTRIBUTES,
  UNSAFE_URL_SCHEMES,
} from './allowlist';
export type { RijkshuisstijlComponentName } from './allowlist';
export {
  ARIA_ATTRIBUTES,
  ARIA_ROLES,
  ARIA_ROLES_NEEDING_NAME,
  BODY_TEXT_REM,
  NAMING_PROHIBITED_ELEMENTS,
  TABLE_SCOPES,
  LIST_STRUCTURE,
} from './accessibility';
export type { AriaValue } from './accessibility';
export { AXE_RULES, isGuarded } from './axe-rules';
export type { AxeCoverage, AxeGuarded, AxeOutOfReach } from './axe-rules';
export { FALLBACK_ADMONITION, admonitionFor, unknownAdmonitionMessage } from './admonitions';
export type { AdmonitionType, AdmonitionChoice } from './admonitions';
export { readFrontMatter } from './front-matter';
export type { FrontMatterRead } from './front-matter';
export {
  BUILD_BLOCKING_RULES,
  isUnsafeUrl,
  isAllowedImport,
  isLiteralExpression,
  literalValue,
  literalProgramValue,
  findSafetyProblems,
} from './safety';
export type { SafetyRuleId, SafetyProblem, MdNode } from './safety';
export {
  FONT_SIZE_SCALE,
  STYLE_PROPERTIES,
  camelCaseProperty,
  filterStyle,
  droppedStyleMessage,
} from './style';
export type { StyleProperty, DroppedStyle, FilteredStyle } from './style';
export { VIDEO_PROVIDERS, isValidVideoId } from './video-providers';
export type { VideoProvider, VideoProviderInfo } from './video-providers';
export { readPostPath } from '../lib/post-path';
export type { PostPath } from '../lib/post-path';
export {
  PREVIEW_DRAFT_KEY,
  siteBuild,
  DRAFT_FOLDER,
  isInDraftFolder,
  visibilityOf,
  frontMatterForBuild,
  inLists,
  inSearch,
  isPublic,
  VISIBILITY_HELP,
} from '../lib/visibility';
export type { SiteBuild, Visibility } from '../lib/visibility';
