/**
 * Front matter, read as Docusaurus reads it: its own parser
 * (`parseFileContentFrontMatter` of @docusaurus/utils: gray-matter with
 * js-yaml), so what the checker accepts is what the build accepts, value for
 * value. The site's build uses the same function (`markdown.parseFrontMatter`
 * in docusaurus.config.ts calls Docusaurus' default); `npm run check:content`
 * reads values only from here and uses `yaml` only to find positions.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

// Deep import: the package index loads far more than this one function.
import { parseFileContentFrontMatter } from '@docusaurus/utils/lib/markdownUtils';

/**
 * gray-matter remembers every text it parsed, and remembers it before parsing:
 * a second parse of a text whose YAML is broken returns empty front matter
 * instead of the error. Docusaurus parses each file once; the checker may
 * parse a text more than once in a process (tests, identical files), so we
 * forget each text after reading it. The instance is the one
 * @docusaurus/utils loads.
 */
const grayMatter = (() => {
  const load = createRequire(__filename);
  const utils = path.dirname(load.resolve('@docusaurus/utils/package.json'));
  return createRequire(path.join(utils, 'package.json'))('@11ty/gray-matter') as {
    cache: Record<string, unknown>;
  };
})();

export interface FrontMatterRead {
  /** The values, exactly as Docusaurus gets them ({} without front matter). */
  data: Record<string, unknown>;
  /** Set when Docusaurus would refuse the file: a Dutch reason and the file line (1-based). */
  error?: { reason: string; line: number; column: number };
}

/** Reads a file's front matter the way Docusaurus does; never throws. */
export function readFrontMatter(fileContent: string): FrontMatterRead {
  try {
    const { frontMatter } = parseFileContentFrontMatter(fileContent);
    delete grayMatter.cache[fileContent];
    return { data: frontMatter };
  } catch (error) {
    delete grayMatter.cache[fileContent];
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    // js-yaml counts lines of the YAML block from 0; the block starts on line 2.
    return {
      data: {},
      error: {
        reason,
        line: mark ? mark.line + 2 : 2,
        column: mark ? mark.column + 1 : 1,
      },
    };
  }
}
