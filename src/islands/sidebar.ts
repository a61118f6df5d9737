/**
 * The kennisbank sidebar island: collapsible categories. Docusaurus renders
 * the sidebar to HTML (categories, their items, the open or closed state);
 * without JavaScript a category without a page of its own is a link to its
 * first item. Here a click on such a category (or on the caret button of a
 * category with a page) opens or closes it, as the theme's
 * DocSidebarItemCategory does: `aria-expanded`, Infima's
 * `menu__list-item--collapsed`, and the list of items `hidden`, so its
 * links leave the tab order. One listener for the page, so it also works in
 * the copy of the sidebar inside the phone menu (./menu).
 */

const COLLAPSED = 'menu__list-item--collapsed';

/** The toggle of a category: its label link (`role="button"`) or its caret button. */
const TOGGLE =
  '.theme-doc-sidebar-item-category > .menu__list-item-collapsible > a[role="button"], ' +
  '.theme-doc-sidebar-item-category > .menu__list-item-collapsible > button.menu__caret';

/** Opens or closes a category; false when its items are not in the HTML. */
export function toggleCategory(toggle: HTMLElement): boolean {
  const item = toggle.closest('li');
  const list = item?.querySelector<HTMLElement>(':scope > ul.menu__list');
  // A category the theme rendered closed has no items in the HTML (it
  // renders them lazily): its link then simply goes to its first page.
  if (!item || !list) return false;
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  item.classList.toggle(COLLAPSED, !open);
  list.hidden = !open;
  return true;
}

/** Makes the categories of every doc sidebar on the page open and close. */
export function enhanceSidebar(): void {
  if (!document.querySelector('.theme-doc-sidebar-menu')) return;
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const toggle = target?.closest<HTMLElement>(TOGGLE);
    if (toggle && toggleCategory(toggle)) event.preventDefault();
  });
}
