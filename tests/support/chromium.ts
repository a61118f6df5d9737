// One implementation for the browser tests and the build (Mermaid diagrams).
export { BROWSER_ENV_VARS, CHROMIUM_ARGS, findChromium } from '../../plugins/lib/chromium';
