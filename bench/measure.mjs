// Measurement helpers shared by the benchmark scripts (and, for median, the bench page).

/** The median of a list of numbers. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Makes every page of `context` record `window.__firstHighlight`: performance.now() (from the
 * navigation's start) when the first <mark> enters the document, and at the next animation
 * frame, the one that paints it; and `window.__firstQuote`, the same for the first quote
 * highlight (the engine's first result shows names and figures before its quote patterns
 * are built; on the sample article this is when all three kinds are shown). The init
 * script runs before the page's own scripts.
 */
export function watchFirstHighlight(context) {
  return context.addInitScript(() => {
    const note = (key) => {
      const inserted = performance.now();
      requestAnimationFrame(() => {
        window[key] = { inserted, frame: performance.now() };
      });
    };
    let seen = false;
    const observer = new MutationObserver(() => {
      if (!seen && document.querySelector('mark')) {
        seen = true;
        note('__firstHighlight');
      }
      if (document.querySelector('mark.fl-quote')) {
        observer.disconnect();
        note('__firstQuote');
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}
