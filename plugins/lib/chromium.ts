import { existsSync } from 'node:fs';
import { nativeRequire } from './native-require';

/** Environment variables that may name a Chromium binary, in order. */
export const BROWSER_ENV_VARS = ['CHROMIUM_PATH', 'CHROME_PATH'] as const;

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Finds Chromium for the browser tests and for rendering Mermaid diagrams at
 * build time: an environment variable, then Debian's Chromium, then
 * Playwright's own download. Throws (never skips) when there is none, so a
 * missing browser fails loudly.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of BROWSER_ENV_VARS) {
    const value = env[name];
    if (value) {
      if (!existsSync(value)) {
        throw new Error(`${name}=${value} names a browser that does not exist.`);
      }
      return value;
    }
  }
  if (existsSync(DEBIAN_CHROMIUM)) {
    return DEBIAN_CHROMIUM;
  }
  let own = '';
  try {
    // Loaded only here: Playwright takes about 0.4 s to load, and the
    // browsers named above make it unnecessary.
    own = nativeRequire<typeof import('playwright')>('playwright').chromium.executablePath();
  } catch {
    own = '';
  }
  if (own && existsSync(own)) {
    return own;
  }
  throw new Error(
    "No Chromium found. Install Debian's Chromium " +
      '(`apt-get install -y chromium`, binary /usr/bin/chromium) or set CHROMIUM_PATH.',
  );
}

/**
 * Flags for headless Chromium on these machines: without the
 * background-networking flags Chromium tries to reach Google's hosts, which
 * this closed network refuses, and those requests would pollute the
 * "no request leaves localhost" checks.
 *
 * `--disable-smooth-scrolling`: Chromium animates a scroll by keyboard or
 * wheel over the following frames, so a test that reads the scroll position
 * after a key press depends on how soon the next frames come; on a loaded
 * machine they can come seconds later. Without the animation the key press
 * scrolls in its own default action, and the position is there at once.
 * (Scrolls that ask for `behavior: 'smooth'` are still animated.)
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-smooth-scrolling',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
];
