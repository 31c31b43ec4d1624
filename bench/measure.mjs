// Measurement helpers shared by the benchmark scripts (and, for median, the bench page).

/** The median of a list of numbers. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Makes every page of `context` record `window.__firstHighlight`: performance.now() (from the
 * navigation's start) when the first <mark> enters the document, and at the next animation
 * frame, the one that paints it. The init script runs before the page's own scripts.
 */
export function watchFirstHighlight(context) {
  return context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('mark')) return;
      observer.disconnect();
      const inserted = performance.now();
      requestAnimationFrame(() => {
        window.__firstHighlight = { inserted, frame: performance.now() };
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}
