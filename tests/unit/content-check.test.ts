/**
 * plugins/content-check: no message tells an author to switch a check off,
 * neither ours nor Docusaurus' own.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  SWITCH_OFF_ADVICE,
  withoutSwitchOffAdvice,
} from '../../plugins/content-check/no-switch-off-advice';

const ROOT = path.resolve(__dirname, '../..');

/** Docusaurus' advice, as it prints it (with the logger's colour codes in one). */
const PRINTED = [
  "Note: it's possible to ignore broken links with the 'onBrokenLinks' Docusaurus configuration, and let the build pass.",
  "Note: it's possible to ignore broken anchors with the 'onBrokenAnchors' Docusaurus configuration, and let the build pass.",
  'To ignore this error, use the \x1b[36m`siteConfig.markdown.hooks.onBrokenMarkdownImages`\x1b[39m option, or apply the \x1b[36m`pathname://`\x1b[39m protocol to the broken image URLs.',
  "Tip: turn this security off with the `onUntruncatedBlogPosts: 'ignore'` blog plugin option.",
  "But if you want to allow inline blog authors, you can disable this message by setting onInlineAuthors: 'ignore' in your blog plugin options.",
  'This is non-critical and can be disabled with DOCUSAURUS_IGNORE_SSG_WARNINGS=true',
];

describe('advice to switch a check off', () => {
  it('is dropped from Docusaurus output, the rest of the message kept', () => {
    for (const advice of PRINTED) {
      const message = `[ERROR] Broken link on source page path = /blog:\n   -> linking to /weg\n${advice}\n`;
      expect(withoutSwitchOffAdvice(message)).toBe(
        '[ERROR] Broken link on source page path = /blog:\n   -> linking to /weg\n',
      );
    }
    expect(withoutSwitchOffAdvice('Gewone tekst, zonder advies.\n')).toBe(
      'Gewone tekst, zonder advies.\n',
    );
  });

  it('covers every such sentence in the installed Docusaurus', () => {
    // Every sentence in Docusaurus' code that offers to ignore, disable or
    // turn off a check; a new one after an upgrade fails here.
    const found = execFileSync(
      'grep',
      [
        '-rhoE',
        "(it's possible to ignore|To ignore this error|turn this security off|you can disable this message|can be disabled with)",
        path.join(ROOT, 'node_modules/@docusaurus'),
        '--include=*.js',
      ],
      { encoding: 'utf8' },
    );
    const phrases = [...new Set(found.trim().split('\n'))].sort();
    expect(phrases).toEqual(
      [
        "it's possible to ignore",
        'To ignore this error',
        'can be disabled with',
        'turn this security off',
        'you can disable this message',
      ].sort(),
    );
    for (const phrase of phrases) {
      const printed = PRINTED.filter((line) => line.includes(phrase));
      expect(printed.length, phrase).toBeGreaterThan(0);
      for (const line of printed) {
        expect(
          SWITCH_OFF_ADVICE.some((advice) => advice.test(line.replace(/\x1b\[[0-9;]*m/g, ''))),
        ).toBe(true);
      }
    }
  });

  it('appears in none of our own messages or guides', () => {
    const files = execFileSync(
      'git',
      ['ls-files', 'plugins', 'scripts', 'src', 'docs', 'README.md', 'CONTRIBUTING.md'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n')
      .filter((file) => /\.(tsx?|mdx?|md)$/.test(file) && fs.existsSync(path.join(ROOT, file)))
      // The filter itself names Docusaurus' advice, to remove it.
      .filter((file) => file !== 'plugins/content-check/no-switch-off-advice.ts');
    const offenders = files.filter((file) =>
      /(zet|schakel)[^.\n]{0,40}(controle|check)[^.\n]{0,20}uit|onBroken\w+: '(ignore|warn|log)'|DOCUSAURUS_IGNORE_SSG_WARNINGS/i.test(
        fs.readFileSync(path.join(ROOT, file), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
