/**
 * The docs island, loaded on kennisbank pages and on any page with
 * `<Tabs>` beside ./index (by plugins/post-build/islands, as a file of its
 * own so other reading pages do not carry it): the sidebar's collapsible categories, the tabs and the
 * back-to-top button. The second level of the phone menu is in ./menu,
 * which builds it when the page has a doc sidebar.
 */
import { enhanceBackToTop } from './back-to-top';
import { enhanceSidebar } from './sidebar';
import { enhanceTabs } from './tabs';

enhanceSidebar();
enhanceTabs();
enhanceBackToTop();
// For tests and benchmarks: all islands of the page have taken over (./index leaves it to this one).
document.documentElement.dataset.islands = 'ready';
