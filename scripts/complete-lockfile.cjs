#!/usr/bin/env node
/**
 * The npm registry mirror these machines use does not list every platform
 * build of packages with native binaries (e.g. `@swc/core-darwin-arm64`,
 * `@rollup/rollup-win32-x64-msvc`) when npm resolves a tree, so
 * `npm install` leaves them out of package-lock.json, and `npm ci` then
 * refuses the lock as "out of sync". This adds the missing optional platform
 * packages back as lock entries, so `npm ci` skips them on other platforms
 * exactly as it would with a lock made against the full registry.
 *
 * Each entry gets `os`, `cpu`, `libc` and `integrity` from the registry's own
 * metadata (`npm view <name>@<version>`). Only where the registry has no
 * metadata for that version are `os`/`cpu`/`libc` guessed from the package
 * name (the convention all these packages follow), and the entry then has no
 * `integrity`; the script lists those. Entries it added earlier without
 * metadata are looked up again on every run.
 *
 * Run after every `npm install` that changes the lock: `npm run lockfile:complete`.
 * Plain CommonJS without dependencies: it must run before `npm ci`.
 */
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'package-lock.json');

const OS = {
  darwin: 'darwin',
  win32: 'win32',
  windows: 'win32',
  android: 'android',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
  openharmony: 'openharmony',
  sunos: 'sunos',
  aix: 'aix',
  netbsd: 'netbsd',
  linux: 'linux',
};
const CPU = ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el', 'arm'];

/** `os`/`cpu`/`libc` from a platform package's name, e.g. `@pagefind/windows-x64`. */
function platformOf(name) {
  const parts = name.replace(/^@[^/]+\//, '').split(/[-_]/);
  const osWord = parts.find((part) => Object.hasOwn(OS, part));
  const entry = {};
  if (osWord) entry.os = [OS[osWord]];
  const cpu = parts.find((part) => CPU.includes(part));
  if (cpu) entry.cpu = [cpu];
  if (parts.some((part) => part.startsWith('musl'))) entry.libc = ['musl'];
  else if (entry.os?.[0] === 'linux' && parts.some((part) => part.startsWith('gnu'))) {
    entry.libc = ['glibc'];
  }
  return entry;
}

/** The registry's metadata for one version, or null when the registry has none. */
function registryMetadata(name, version) {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['view', `${name}@${version}`, 'os', 'cpu', 'libc', 'dist.integrity', '--json'],
      { timeout: 60_000, maxBuffer: 1024 * 1024 },
      (error, stdout) => {
        if (error || !stdout.trim()) return resolve(null);
        try {
          const data = JSON.parse(stdout);
          // One field asked for comes back as its bare value, several as an object.
          resolve(typeof data === 'object' && data !== null && !Array.isArray(data) ? data : null);
        } catch {
          resolve(null);
        }
      },
    );
  });
}

/** The lock entry for a platform package: registry metadata first, the name only as a fallback. */
function lockEntry(name, version, metadata, parent) {
  const entry = { version, optional: true };
  if (parent.dev) entry.dev = true;
  if (metadata) {
    for (const field of ['os', 'cpu', 'libc']) {
      if (Array.isArray(metadata[field]) && metadata[field].length > 0) {
        entry[field] = metadata[field];
      }
    }
    if (typeof metadata['dist.integrity'] === 'string') {
      entry.integrity = metadata['dist.integrity'];
    }
  }
  if (!entry.os && !entry.cpu) Object.assign(entry, platformOf(name));
  // The key order npm itself writes, so a later `npm install` leaves the entry as it is.
  const { version: v, integrity, ...rest } = entry;
  return {
    version: v,
    ...(integrity ? { integrity } : {}),
    ...Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))),
  };
}

async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function main() {
  const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
  const packages = lock.packages;
  /** Platform packages to (re)write: missing, or added earlier without registry metadata. */
  const wanted = new Map();
  for (const parent of Object.values(packages)) {
    for (const [name, range] of Object.entries(parent.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      const existing = packages[key];
      if (existing && (existing.integrity || existing.resolved || existing.link)) continue;
      if (!wanted.has(key)) {
        wanted.set(key, { name, version: String(range).replace(/^[\^~=]/, ''), parent });
      }
    }
  }
  const todo = [...wanted.entries()];
  const metadata = await mapLimit(todo, 8, ([, { name, version }]) =>
    registryMetadata(name, version),
  );
  const guessed = [];
  todo.forEach(([key, { name, version, parent }], index) => {
    packages[key] = lockEntry(name, version, metadata[index], parent);
    if (!metadata[index]) guessed.push(`${name}@${version}`);
  });
  lock.packages = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) =>
      a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
    ),
  );
  fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
  console.log(
    `complete-lockfile: ${todo.length} optional platform package(s) written, ` +
      `${todo.length - guessed.length} from registry metadata, ${guessed.length} guessed from the name`,
  );
  for (const name of guessed) console.log(`  no registry metadata (no integrity): ${name}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { platformOf, lockEntry };
