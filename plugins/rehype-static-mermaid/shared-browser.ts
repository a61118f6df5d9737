/**
 * One headless Chromium for every Mermaid diagram of a build.
 *
 * mermaid-isomorphic launches a browser when a render starts and closes it as
 * soon as no render is running. Docusaurus compiles files one after another
 * as often as at the same time, so that would mean a browser launch (about a
 * second) for most files with a diagram. This `BrowserType` look-alike, given
 * to rehype-mermaid as `browserType`, hands out one shared browser and closes
 * it only after it has been idle for a while.
 */
import type { Browser, BrowserType, LaunchOptions } from 'playwright';
import { nativeRequire } from '../lib/native-require';

/** How long an unused browser stays open, in milliseconds. */
const IDLE_MS = 5_000;

let browser: Promise<Browser> | undefined;
let users = 0;
let idleTimer: NodeJS.Timeout | undefined;
/** Waiting for the last lease to be given back. */
let idleWaiters: Array<() => void> = [];

/**
 * Closes the shared browser once no render uses it (mermaid-isomorphic gives
 * it back a moment after a render ends, without awaiting that).
 */
export async function closeSharedChromium(): Promise<void> {
  if (users > 0) {
    await new Promise<void>((resolve) => idleWaiters.push(resolve));
  }
  clearTimeout(idleTimer);
  const open = browser;
  browser = undefined;
  if (open) await (await open).close();
}

function release(): void {
  users -= 1;
  if (users > 0) return;
  for (const resolve of idleWaiters) resolve();
  idleWaiters = [];
  clearTimeout(idleTimer);
  // unref: an idle browser timer never keeps Node running by itself.
  idleTimer = setTimeout(() => void closeSharedChromium(), IDLE_MS).unref();
}

async function acquire(launchOptions?: LaunchOptions): Promise<Browser> {
  users += 1;
  clearTimeout(idleTimer);
  // Playwright is loaded on the first diagram: a build whose diagrams all
  // come from the bundler's cache never needs it.
  browser ??=
    nativeRequire<typeof import('playwright')>('playwright').chromium.launch(launchOptions);
  try {
    return await browser;
  } catch (error) {
    browser = undefined;
    users -= 1;
    throw error;
  }
}

/**
 * The `browserType` for rehype-mermaid. mermaid-isomorphic only calls
 * `launch()`, then `newContext()` and `close()` on the result; `close()` here
 * gives the shared browser back instead of closing it.
 */
export function sharedChromium(): BrowserType {
  const launch = async (launchOptions?: LaunchOptions): Promise<Browser> => {
    const shared = await acquire(launchOptions);
    let released = false;
    const lease: Pick<Browser, 'newContext' | 'close'> = {
      newContext: (options) => shared.newContext(options),
      close: async () => {
        if (!released) {
          released = true;
          release();
        }
      },
    };
    return lease as Browser;
  };
  // Only `launch` is used (see above); the rest of BrowserType is not needed.
  return { launch } as unknown as BrowserType;
}
