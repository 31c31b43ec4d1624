// Measurement helpers shared by the benchmark scripts (and, for median, the bench page).

/** The median of a list of numbers. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Makes every page of `context` record `window.__firstHighlight`: performance.now() (from the
 * navigation's start) when the first <mark> enters the document, and at the next animation
 * frame, the one that paints it; and `window.__engineResult`, the same for the page's
 * 'fl:first-result' mark, set when the engine's first result reaches the page (the page
 * opens with its sample highlighted at build time, so this is the engine's own cold start:
 * worker, wasm, Annotator, first annotate). The init script runs before the page's own scripts.
 */
export function watchFirstHighlight(context) {
  return context.addInitScript(() => {
    const note = (key, inserted) => {
      requestAnimationFrame(() => {
        window[key] = { inserted, frame: performance.now() };
      });
    };
    const observer = new MutationObserver(() => {
      if (document.querySelector('mark')) {
        observer.disconnect();
        note('__firstHighlight', performance.now());
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list, self) => {
      const mark = list.getEntries().find((e) => e.name === 'fl:first-result');
      if (!mark) return;
      self.disconnect();
      note('__engineResult', mark.startTime);
    }).observe({ type: 'mark', buffered: true });
  });
}
