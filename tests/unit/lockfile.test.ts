import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  integrity?: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optional?: boolean;
  dev?: boolean;
}

const ROOT = path.resolve(__dirname, '../..');
const { platformOf, lockEntry } = createRequire(__filename)(
  '../../scripts/complete-lockfile.cjs',
) as {
  platformOf: (name: string) => Pick<LockEntry, 'os' | 'cpu' | 'libc'>;
  lockEntry: (
    name: string,
    version: string,
    metadata: Record<string, unknown> | null,
    parent: { dev?: boolean },
  ) => LockEntry;
};

describe('complete-lockfile', () => {
  it('guesses the platform from the name only where the registry has no metadata', () => {
    expect(platformOf('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] });
    expect(platformOf('@rollup/rollup-win32-arm64-msvc')).toEqual({
      os: ['win32'],
      cpu: ['arm64'],
    });
    expect(platformOf('@swc/html-linux-x64-musl')).toEqual({
      os: ['linux'],
      cpu: ['x64'],
      libc: ['musl'],
    });
    expect(platformOf('@swc/core-linux-arm-gnueabihf')).toEqual({
      os: ['linux'],
      cpu: ['arm'],
      libc: ['glibc'],
    });
    expect(platformOf('@esbuild/darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
  });

  it("takes os, cpu, libc and integrity from the registry's metadata", () => {
    const entry = lockEntry(
      '@example/windows-x64',
      '1.0.0',
      { os: ['win32'], cpu: ['x64'], 'dist.integrity': 'sha512-abc' },
      { dev: true },
    );
    expect(entry).toEqual({
      version: '1.0.0',
      integrity: 'sha512-abc',
      cpu: ['x64'],
      dev: true,
      optional: true,
      os: ['win32'],
    });
    // The registry is right even where the name would suggest otherwise.
    expect(
      lockEntry('@example/linux-x64-gnu', '1.0.0', { os: ['linux'], cpu: ['x64'] }, {}),
    ).toEqual({ version: '1.0.0', cpu: ['x64'], optional: true, os: ['linux'] });
    expect(lockEntry('@example/windows-arm64', '1.0.0', null, {})).toEqual({
      version: '1.0.0',
      cpu: ['arm64'],
      optional: true,
      os: ['win32'],
    });
  });

  it('left no platform package in package-lock.json marked for the wrong operating system', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, LockEntry>;
    };
    const wrong: string[] = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
      const name = key.replace(/^.*node_modules\//, '');
      const expected = platformOf(name).os?.[0];
      if (!expected || !entry.os || !/\/(?:[a-z]+-)?(?:win32|windows|darwin|linux)-/.test(name)) {
        continue;
      }
      if (!entry.os.includes(expected)) wrong.push(`${name}: ${entry.os.join(',')}`);
    }
    expect(wrong).toEqual([]);
    expect(lock.packages['node_modules/@pagefind/windows-x64']?.os).toEqual(['win32']);
  });
});
