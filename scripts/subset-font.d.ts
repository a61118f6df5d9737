/**
 * Types for subset-font 2.9 (https://github.com/papandreou/subset-font), after its README.
 * `@types/subset-font` (2.3) predates `keepFeatures` and `noHinting`, which
 * scripts/subset-fonts.ts needs.
 */
declare module 'subset-font' {
  interface SubsetFontOptions {
    /** Output format; defaults to the input's. `truetype` is an alias of `sfnt`. */
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** Extra `name` table ids to keep (HarfBuzz keeps 0–6 by default). */
    preserveNameIds?: number[];
    /** OpenType layout features to keep (`hb-subset --layout-features`); default: all. */
    keepFeatures?: string[];
    /** Instancing of variation axes (variable fonts only). */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    /** Keep every glyph (`hb-subset --gids=*`); `text` must then be empty. */
    keepAllGlyphs?: boolean;
    /** `hb-subset --no-layout-closure`. */
    noLayoutClosure?: boolean;
    /** Keep PostScript glyph names (`hb-subset --glyph-names`). */
    glyphNames?: boolean;
    /** Drop hinting instructions (`hb-subset --no-hinting`). */
    noHinting?: boolean;
    /** SFNT table tags to drop. */
    dropTables?: string[];
  }

  /** A subset of `buffer` (SFNT, WOFF or WOFF2) with the glyphs needed for `text`. */
  function subsetFont(
    buffer: Buffer,
    text: string | null | undefined,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;

  export = subsetFont;
}
