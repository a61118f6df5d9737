/**
 * The tabs island, for `<Tabs>` from @theme/Tabs. The server HTML has the
 * tab list (`role="tablist"`, the first or `default` tab `aria-selected`)
 * and every panel, the others `hidden`. Here the tabs follow the ARIA tabs
 * pattern as the theme's React component does: a click or Enter/Space
 * selects a tab, the arrow keys move to the next or previous tab and Home
 * and End to the first and last, selecting it as they go (automatic
 * activation, as the WAI-ARIA pattern advises when the panels are already in
 * the page; the theme only moves the focus); the selected tab is the one
 * in the tab order (`tabindex`), and tabs and panels are linked with
 * `aria-controls` and `aria-labelledby`.
 *
 * `groupId` (tabs of a group switch together and the choice is kept in
 * localStorage) and `queryString` (the choice in the URL) need the tab
 * values, which the HTML does not carry: the kennisbank does not use
 * them, and src/theme/Tabs is where they would be added as data attributes.
 */

const ACTIVE = 'tabs__item--active';

interface TabSet {
  tabs: HTMLElement[];
  panels: HTMLElement[];
}

/** The tabs and panels of one tab container, in order. */
function tabSetOf(container: Element): TabSet | undefined {
  const list = container.querySelector(':scope > [role="tablist"]');
  const panelBox = list?.nextElementSibling;
  if (!list || !panelBox) return undefined;
  const tabs = Array.from(list.querySelectorAll<HTMLElement>(':scope > [role="tab"]'));
  const panels = Array.from(panelBox.querySelectorAll<HTMLElement>(':scope > [role="tabpanel"]'));
  if (tabs.length === 0 || tabs.length !== panels.length) return undefined;
  return { tabs, panels };
}

/** Selects tab `index` of a set, and focuses it when `focus`. */
export function selectTab(set: TabSet, index: number, focus: boolean): void {
  set.tabs.forEach((tab, i) => {
    const selected = i === index;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    tab.classList.toggle(ACTIVE, selected);
    set.panels[i].hidden = !selected;
  });
  if (focus) set.tabs[index].focus();
}

/** Enhances every tab container on the page. */
export function enhanceTabs(): void {
  document.querySelectorAll('.tabs-container').forEach((container, n) => {
    const set = tabSetOf(container);
    if (!set) return;
    set.tabs.forEach((tab, i) => {
      const id = `tabs-${n}-${i}`;
      tab.id = `${id}-tab`;
      set.panels[i].id = `${id}-panel`;
      tab.setAttribute('aria-controls', set.panels[i].id);
      set.panels[i].setAttribute('aria-labelledby', tab.id);
      tab.addEventListener('click', () => selectTab(set, i, true));
      tab.addEventListener('keydown', (event) => {
        const last = set.tabs.length - 1;
        let next: number | undefined;
        if (event.key === 'ArrowRight') next = i === last ? 0 : i + 1;
        else if (event.key === 'ArrowLeft') next = i === 0 ? last : i - 1;
        else if (event.key === 'Home') next = 0;
        else if (event.key === 'End') next = last;
        else if (event.key === 'Enter' || event.key === ' ') next = i;
        if (next === undefined) return;
        event.preventDefault();
        selectTab(set, next, true);
      });
    });
  });
}
