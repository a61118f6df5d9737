import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';

import mermaidCodeSplit, { dependencyClosure } from '../../plugins/mermaid-code-split';

const siteDir = path.resolve(__dirname, '../..');
const inNodeModules = (name: string): string => path.join(siteDir, 'node_modules', name, 'x.js');

/** The `test` the plugin adds to Docusaurus' `common` split chunk. */
function commonChunkTest(isServer: boolean): ((module: object) => boolean) | undefined {
  const plugin = mermaidCodeSplit({ siteDir } as LoadContext);
  type Configure = (config: object, isServer: boolean) => unknown;
  const result = (plugin.configureWebpack as unknown as Configure)({}, isServer) as {
    optimization?: { splitChunks?: { cacheGroups?: { common?: { test?: unknown } } } };
  };
  const test = result.optimization?.splitChunks?.cacheGroups?.common?.test;
  return typeof test === 'function' ? (test as (module: object) => boolean) : undefined;
}

describe('mermaid-code-split', () => {
  it('finds Mermaid and the packages it depends on', () => {
    const dirs = dependencyClosure(['mermaid'], siteDir).map((dir) => path.relative(siteDir, dir));
    expect(dirs).toContain(path.join('node_modules', 'mermaid'));
    expect(dirs).toContain(path.join('node_modules', '@mermaid-js', 'parser'));
    expect(dirs).toContain(path.join('node_modules', 'd3'));
    expect(dirs).not.toContain(path.join('node_modules', 'react'));
  });

  it('keeps Mermaid modules out of the common chunk, and nothing else', () => {
    const test = commonChunkTest(false);
    expect(test).toBeTypeOf('function');
    const module = (resource: string) => ({ nameForCondition: () => resource });
    expect(test?.(module(inNodeModules('mermaid/dist')))).toBe(false);
    expect(test?.(module(inNodeModules('@mermaid-js/parser/dist')))).toBe(false);
    expect(test?.(module(inNodeModules('@mdx-js/react/lib')))).toBe(true);
    expect(test?.(module(path.join(siteDir, 'src/components/VideoEmbed/index.tsx')))).toBe(true);
  });

  it('leaves the server bundle alone', () => {
    expect(commonChunkTest(true)).toBeUndefined();
  });
});
