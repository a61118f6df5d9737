/**
 * The mobile menu island. The navbar's "Menu" button is in the server-rendered
 * HTML, but Docusaurus renders the menu panel itself only in the browser,
 * with React. Here the panel is built from the navbar's own links on the
 * first tap, with Docusaurus' classes (so it looks the same as on the pages
 * that load the app), as a modal dialog: `aria-expanded` on the button, focus
 * moves into the panel and stays there while it is open, Escape, the close
 * button and the backdrop close it, and focus goes back to the button.
 */

const SIDEBAR_SHOWN = 'navbar-sidebar--show';
const SECONDARY_SHOWN = 'navbar-sidebar__items--show-secondary';
/** Infima's breakpoint: above it the navbar shows its links and no menu button. */
const DESKTOP = '(min-width: 997px)';
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Docusaurus' close icon (theme-classic Icon/Close), as DOM nodes. */
function closeIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 15 15');
  svg.setAttribute('width', '21');
  svg.setAttribute('height', '21');
  svg.setAttribute('aria-hidden', 'true');
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('stroke', 'var(--ifm-color-emphasis-600)');
  group.setAttribute('stroke-width', '1.2');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M.75.75l13.5 13.5M14.25.75L.75 14.25');
  group.append(path);
  svg.append(group);
  return svg;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

/** The panel, as Docusaurus' NavbarMobileSidebar renders it, from the navbar's links. */
function buildPanel(nav: HTMLElement, id: string, closeLabel: string): HTMLElement {
  const panel = element('div', 'theme-layout-navbar-sidebar navbar-sidebar');
  panel.id = id;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'true');
  panel.setAttribute('aria-label', 'Menu');

  const brand = element('div', 'navbar-sidebar__brand');
  const logo = nav.querySelector('.navbar__brand');
  if (logo) brand.append(logo.cloneNode(true));
  const close = element('button', 'clean-btn navbar-sidebar__close');
  close.type = 'button';
  close.setAttribute('aria-label', closeLabel);
  close.append(closeIcon());
  brand.append(close);

  const list = element('ul', 'menu__list');
  nav.querySelectorAll<HTMLAnchorElement>('a.navbar__item').forEach((link) => {
    const item = element('li', 'menu__list-item');
    const copy = element('a', 'menu__link');
    copy.href = link.getAttribute('href') ?? '#';
    copy.textContent = link.textContent;
    if (link.classList.contains('navbar__link--active')) {
      copy.classList.add('menu__link--active');
      copy.setAttribute('aria-current', 'page');
    }
    item.append(copy);
    list.append(item);
  });
  const primary = element('div', 'theme-layout-navbar-sidebar-panel navbar-sidebar__item menu');
  primary.append(list);
  const items = element('div', 'navbar-sidebar__items');
  items.append(primary);
  const sidebar = document.querySelector('.theme-doc-sidebar-menu');
  if (sidebar) items.append(secondaryPanel(items, primary, sidebar));
  panel.append(brand, items);
  return panel;
}

/**
 * The second level on a kennisbank page, as Docusaurus' secondary menu: a
 * copy of the doc sidebar (its categories open and close through
 * ./sidebar) beside the main menu, shown first, with a button back to the
 * main menu. The panel out of view is `inert`, so neither Tab nor a screen
 * reader reaches its links.
 */
function secondaryPanel(items: HTMLElement, primary: HTMLElement, sidebar: Element): HTMLElement {
  const secondary = element('div', 'theme-layout-navbar-sidebar-panel navbar-sidebar__item menu');
  const back = element('button', 'clean-btn navbar-sidebar__back');
  back.type = 'button';
  back.textContent = '← Terug naar het hoofdmenu';
  secondary.append(back, sidebar.cloneNode(true));
  back.addEventListener('click', () => showSecondary(items, primary, secondary, false));
  showSecondary(items, primary, secondary, true);
  return secondary;
}

function showSecondary(
  items: HTMLElement,
  primary: HTMLElement,
  secondary: HTMLElement,
  show: boolean,
): void {
  items.classList.toggle(SECONDARY_SHOWN, show);
  primary.inert = show;
  secondary.inert = !show;
  if (!show) primary.querySelector<HTMLElement>(FOCUSABLE)?.focus();
}

/** Enhances the navbar of the page, if it has a menu button. */
export function enhanceMenu(): void {
  const nav = document.querySelector<HTMLElement>('nav.navbar');
  const toggle = nav?.querySelector<HTMLButtonElement>('button.navbar__toggle');
  if (!nav || !toggle) return;
  const navbar: HTMLElement = nav;
  const button: HTMLButtonElement = toggle;
  const id = 'navbar-menu';
  let panel: HTMLElement | null = null;
  let shown = false;
  button.setAttribute('aria-controls', id);

  function focusables(): HTMLElement[] {
    if (!panel) return [];
    return Array.from(panel.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (node) => !node.closest('[inert]') && !node.closest('[hidden]'),
    );
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'Tab') return;
    // Focus stays inside the open panel: Tab from the last control goes to
    // the first, Shift+Tab from the first to the last.
    const all = focusables();
    if (all.length === 0) return;
    const first = all[0];
    const last = all[all.length - 1];
    const current = document.activeElement;
    if (event.shiftKey && (current === first || !panel?.contains(current))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (current === last || !panel?.contains(current))) {
      event.preventDefault();
      first.focus();
    }
  }

  function open(): void {
    if (!panel) {
      panel = buildPanel(navbar, id, 'Menu sluiten');
      navbar.append(panel);
      panel.querySelector('.navbar-sidebar__close')?.addEventListener('click', () => close());
    }
    shown = true;
    navbar.classList.add(SIDEBAR_SHOWN);
    button.setAttribute('aria-expanded', 'true');
    // As Docusaurus' useLockBodyScroll does.
    document.body.style.overflow = 'hidden';
    document.addEventListener('keydown', onKeyDown, true);
    focusables()[0]?.focus();
  }

  function close(returnFocus = true): void {
    if (!shown) return;
    shown = false;
    navbar.classList.remove(SIDEBAR_SHOWN);
    button.setAttribute('aria-expanded', 'false');
    document.body.style.overflow = '';
    document.removeEventListener('keydown', onKeyDown, true);
    if (returnFocus) button.focus();
  }

  button.addEventListener('click', () => (shown ? close() : open()));
  navbar.querySelector('.navbar-sidebar__backdrop')?.addEventListener('click', () => close());
  window.matchMedia(DESKTOP).addEventListener('change', (event) => {
    if (event.matches) close(false);
  });
}
