#!/usr/bin/env node
/**
 * The npm registry mirror these machines use does not serve every platform
 * build of packages with native binaries (e.g. `@swc/core-darwin-arm64`,
 * `@rollup/rollup-win32-x64-msvc`), so `npm install` leaves them out of
 * package-lock.json, and `npm ci` then refuses the lock as "out of sync".
 * This adds the missing optional platform packages back as lock entries with
 * their `os`/`cpu`/`libc` (derived from the package name, the convention all
 * these packages follow), so `npm ci` skips them on other platforms exactly
 * as it would with a lock made against the full registry.
 *
 * Run after every `npm install` that changes the lock: `npm run lockfile:complete`.
 * Plain CommonJS without dependencies: it must run before `npm ci`.
 */
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;

const OS = [
  'darwin',
  'win32',
  'android',
  'freebsd',
  'openbsd',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
];
const CPU = ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el', 'arm'];

function platformOf(name) {
  const os = OS.find((o) => name.includes(o)) ?? 'linux';
  const cpu = CPU.find((c) => name.includes(c));
  const entry = { os: [os] };
  if (cpu) entry.cpu = [cpu];
  if (name.includes('musl')) entry.libc = ['musl'];
  else if (os === 'linux' && name.includes('gnu')) entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const meta of Object.values(packages)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    packages[key] = {
      version: String(range).replace(/^[\^~=]/, ''),
      optional: true,
      ...platformOf(name),
    };
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: added ${added} optional platform package(s)`);
