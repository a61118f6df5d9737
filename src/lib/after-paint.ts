/**
 * Resolves once the browser has painted what was just rendered (or after
 * 100 ms where no frames come, as in a hidden tab). Shared by the search
 * popup of the app (src/theme/SearchBar/Popup.tsx) and its island
 * (src/islands/search.ts).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      window.setTimeout(() => {
        window.clearTimeout(timer);
        resolve();
      }),
    );
  });
}
