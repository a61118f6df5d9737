import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinMultilineAdmonitionTitles } from '../../plugins/markdown-preprocess';

describe('joinMultilineAdmonitionTitles', () => {
  it('joins a title wrapped over two lines and keeps line numbers', () => {
    const src = [
      ':::note[Dit artikel verscheen eerder op',
      '[digilab.overheid.nl](https://digilab.overheid.nl/blog/x/)]',
      ':::',
      'na',
    ].join('\n');
    const out = joinMultilineAdmonitionTitles(src).split('\n');
    expect(out[0]).toBe(
      ':::note[Dit artikel verscheen eerder op [digilab.overheid.nl](https://digilab.overheid.nl/blog/x/)]',
    );
    expect(out[1]).toBe('');
    expect(out[2]).toBe(':::');
    expect(out[3]).toBe('na');
  });

  it('leaves one-line titles, code fences and unclosed titles alone', () => {
    const src = [
      ':::tip[Kort]',
      'tekst',
      ':::',
      '```md',
      ':::note[in code',
      'blijft]',
      '```',
      ':::warning[nooit gesloten',
      '',
      'alinea',
    ].join('\n');
    expect(joinMultilineAdmonitionTitles(src)).toBe(src);
  });

  it('fixes the Haven seed post', () => {
    const file = path.join(
      __dirname,
      '../../blog/2024/12/31-haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector.md',
    );
    const src = readFileSync(file, 'utf8');
    const out = joinMultilineAdmonitionTitles(src);
    expect(out.split('\n').length).toBe(src.split('\n').length);
    expect(out).toMatch(
      /^:::note\[Dit artikel verscheen eerder op \[digilab\.overheid\.nl\]\(.*\)\]$/m,
    );
  });
});
