/**
 * SVG data of one icon of the Rijkshuisstijl community default icon set.
 *
 * The real library renders its icons with `@tabler/icons-react` (bundled into
 * its dist file, 80 outline icons) plus one custom map of the Netherlands. We
 * keep only the path data, extracted by `scripts/extract-rijkshuisstijl.ts`.
 */
export interface IconData {
  /**
   * Tabler outline icon name. When set, the icon renders as a Tabler outline
   * icon: 24×24, `stroke="currentColor"`, classes `tabler-icon tabler-icon-<name>`.
   */
  readonly tabler?: string;
  /** viewBox of a custom (non-Tabler) icon, whose paths are filled. */
  readonly viewBox?: string;
  /** The `d` attribute of each `<path>`. */
  readonly paths: readonly string[];
}

/** Icon name (as authors write it in `<Icon icon="…">`) to its SVG data. */
export type IconSet = Readonly<Record<string, IconData>>;
