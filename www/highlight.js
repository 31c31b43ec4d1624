// factlight's second renderer, for pages we don't own (the extension, or a site embedding the
// package): it annotates the visible text under a root element and paints the results with
// the CSS Custom Highlight API (CSS.highlights + ::highlight()), which styles Ranges without
// touching a single element of the page.
//
//   import { highlight, findArticle } from './highlight.js';
//   const hl = await highlight(findArticle(document));
//   hl.counts;            // { entity: 12, quote: 3, number: 9 }
//   hl.setKinds(['entity']);
//   hl.off();             // every highlight, listener, observer and the popup host gone
//
// What it adds to the document, and nothing else:
// - Highlight objects in CSS.highlights named factlight-entity, factlight-quote, factlight-number;
// - one constructed stylesheet in document.adoptedStyleSheets with their ::highlight() rules
//   (unless { stylesheet: false }, e.g. when the extension injects HIGHLIGHT_CSS itself);
// - ONE element, <factlight-popup>, appended to <html> (outside <body>) the first time a highlight
//   is hovered: the host of a closed shadow root holding the details popup. off() removes it.
//
// Offsets: the engine returns UTF-16 code units into the collected text; each text node keeps
// its own UTF-16 length in that text (whitespace is replaced one for one, never collapsed), so
// an offset maps straight back to (text node, offset) and a Range may span <a>, <em>, ... tags.

import { detailRows, speakerOf } from './render.js';

export const KINDS = ['entity', 'quote', 'number'];

/** The CSS.highlights names, one per kind. */
export const HIGHLIGHT_NAMES = {
  entity: 'factlight-entity',
  quote: 'factlight-quote',
  number: 'factlight-number',
};

/**
 * The ::highlight() rules. Only a few properties apply to highlights (colour, background,
 * text-decoration, text-shadow); the underline style is the cue that needs no colour, as on
 * the page: entities solid, quotes dotted, numbers double. Backgrounds are translucent so
 * they read on light and dark sites alike.
 */
export const HIGHLIGHT_CSS = `
::highlight(factlight-entity) {
  background-color: rgba(86, 180, 233, 0.30);
  text-decoration: underline solid rgb(0, 114, 178);
}
::highlight(factlight-quote) {
  background-color: rgba(230, 159, 0, 0.22);
  text-decoration: underline dotted rgb(163, 95, 0);
}
::highlight(factlight-number) {
  background-color: rgba(204, 121, 167, 0.34);
  text-decoration: underline double rgb(138, 61, 112);
}
`;

// Quotes under entities and numbers, so a name inside a quote shows as a name.
const PRIORITY = { entity: 2, number: 2, quote: 1 };

// Subtrees that are not article text: code and media, form controls, and page furniture.
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'nav', 'aside', 'footer', 'form', 'svg', 'math', 'iframe', 'canvas', 'object', 'embed',
  'video', 'audio', 'picture', 'img', 'dialog', 'factlight-popup',
]);
const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'toolbar',
  'dialog', 'alert', 'search', 'button',
]);

/**
 * Paints factlight's highlights on the text under `root`. Resolves, after the first paint,
 * to a controller. Options:
 * - kinds: the kinds shown (default all three); change later with setKinds();
 * - annotate: (text) => annotations or a promise of them; defaults to the engine in
 *   ./factlight.js, loaded on first use (the extension passes one that asks its service worker);
 * - stylesheet: add HIGHLIGHT_CSS to document.adoptedStyleSheets (default true);
 * - observe: re-paint when the text under root changes (default true), after `delay` ms of
 *   quiet (default 300) and at most `maxWait` ms (default 2000) after the first change;
 * - hover: show details when the pointer rests on a highlight (default true);
 * - onpaint: called with the controller after every paint.
 */
export async function highlight(root, options = {}) {
  const hl = new Highlighter(root, options);
  await hl.update();
  return hl.controller;
}

class Highlighter {
  constructor(root, options) {
    if (!root || root.nodeType !== 1) throw new TypeError('factlight: highlight() takes an element');
    if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') {
      throw new Error('factlight: this browser lacks the CSS Custom Highlight API');
    }
    this.root = root;
    this.doc = root.ownerDocument;
    this.view = this.doc.defaultView;
    this.annotateFn = options.annotate ?? defaultAnnotate;
    this.kinds = new Set(options.kinds ?? KINDS);
    this.onpaint = options.onpaint;
    this.delay = options.delay ?? 300;
    this.maxWait = options.maxWait ?? 2000;
    this.painted = []; // { a, range, first, last } in annotation order, first/last: node indices
    this.annotations = [];
    this.collected = { text: '', nodes: [], starts: [] };
    this.byNode = new Map(); // text node -> painted entries touching it, for hit-testing
    this.generation = 0;
    this.on = true;
    this.highlights = {};
    for (const kind of KINDS) {
      const h = new Highlight();
      h.priority = PRIORITY[kind];
      this.highlights[kind] = h;
    }
    this.registerHighlights();

    if (options.stylesheet !== false) {
      this.sheet = new this.view.CSSStyleSheet();
      this.sheet.replaceSync(HIGHLIGHT_CSS);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
    if (options.observe !== false) {
      this.observer = new this.view.MutationObserver((records) => this.changed(records));
      this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
    if (options.hover !== false) {
      this.onMove = (e) => this.pointerMoved(e);
      this.onAway = () => this.hidePopup();
      this.doc.addEventListener('mousemove', this.onMove, { passive: true, capture: true });
      this.view.addEventListener('scroll', this.onAway, { passive: true, capture: true });
      this.view.addEventListener('blur', this.onAway);
      this.doc.documentElement.addEventListener('mouseleave', this.onAway);
    }
    this.controller = this.makeController();
  }

  registerHighlights() {
    for (const kind of KINDS) {
      if (this.kinds.has(kind)) CSS.highlights.set(HIGHLIGHT_NAMES[kind], this.highlights[kind]);
      else if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === this.highlights[kind]) {
        CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      }
    }
  }

  makeController() {
    const self = this;
    return {
      /** The element whose text is highlighted. */
      get root() { return self.root; },
      /** True until off(). */
      get on() { return self.on; },
      /** The text that was annotated (visible text under root, blocks separated by blank lines). */
      get text() { return self.collected.text; },
      /** Every annotation of the last paint, offsets into `text`. */
      get annotations() { return self.annotations; },
      /** How many annotations of each kind (whether shown or not). */
      get counts() { return countKinds(self.annotations); },
      /** Entities grouped by id: { id, label, name, count }, most mentioned first. */
      get entities() { return entityList(self.annotations); },
      /** Who is quoted: { speaker, count, quotes: [text] }, most quoted first, unknown last. */
      get quotes() { return quoteList(self.annotations); },
      /** The kinds shown. */
      get kinds() { return KINDS.filter((k) => self.kinds.has(k)); },
      /** Shows only these kinds (the annotations stay; nothing is re-annotated). */
      setKinds(kinds) { self.setKinds(kinds); },
      /** The Range painted for annotation `i`, or null (not mappable). */
      rangeOf(i) { return self.painted.find((p) => p.i === i)?.range ?? null; },
      /** Scrolls the i-th annotation into view. */
      reveal(i) { self.reveal(i); },
      /** The annotation whose details the popup shows, or null. */
      get hovered() { return self.hovered?.a ?? null; },
      /** Re-collects, re-annotates and re-paints now. */
      update() { return self.update(); },
      /** Removes every highlight, listener, observer, the stylesheet and the popup host. */
      off() { self.off(); },
    };
  }

  setKinds(kinds) {
    this.kinds = new Set(kinds);
    this.registerHighlights();
    if (this.hovered && !this.kinds.has(this.hovered.a.kind)) this.hidePopup();
  }

  changed(records) {
    if (!this.on) return;
    const ours = (n) => n === this.host;
    const relevant = records.some((r) =>
      !(this.host && (r.target === this.host || this.host.contains(r.target))) &&
      !(r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours)));
    if (!relevant) return;
    const now = performance.now();
    this.firstChange ??= now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delay, this.firstChange + this.maxWait - now));
    this.timer = setTimeout(() => {
      this.firstChange = undefined;
      this.update().catch((e) => console.warn('factlight: re-paint failed', e));
    }, wait);
  }

  async update() {
    if (!this.on) return;
    const generation = ++this.generation;
    const collected = collectText(this.root);
    const same = collected.text === this.collected.text &&
      collected.nodes.length === this.collected.nodes.length &&
      collected.nodes.every((n, i) => n === this.collected.nodes[i]);
    if (same && this.painted.length) return; // e.g. an ad slot changed: nothing to redo
    const annotations = collected.text.trim() ? await this.annotateFn(collected.text) : [];
    if (!this.on || generation !== this.generation) return; // switched off or superseded
    this.collected = collected;
    this.annotations = annotations;
    this.paint();
    this.onpaint?.(this.controller);
  }

  paint() {
    const { nodes, starts } = this.collected;
    this.hidePopup();
    for (const h of Object.values(this.highlights)) h.clear();
    this.painted = [];
    this.byNode = new Map();
    this.annotations.forEach((a, i) => {
      const h = this.highlights[a.kind];
      if (!h || a.end <= a.start) return;
      const first = nodeAt(starts, nodes, a.start, false);
      const last = nodeAt(starts, nodes, a.end, true);
      if (first < 0 || last < 0 || last < first) return;
      const range = this.doc.createRange();
      const startOffset = Math.max(0, a.start - starts[first]);
      const endOffset = Math.min(nodes[last].length, a.end - starts[last]);
      try {
        range.setStart(nodes[first], Math.min(startOffset, nodes[first].length));
        range.setEnd(nodes[last], endOffset);
      } catch {
        return; // the page changed under us; the observer will bring a fresh paint
      }
      const entry = { a, i, range, len: a.end - a.start };
      h.add(range);
      this.painted.push(entry);
      for (let n = first; n <= last; n++) {
        const list = this.byNode.get(nodes[n]);
        if (list) list.push(entry);
        else this.byNode.set(nodes[n], [entry]);
      }
    });
  }

  reveal(i) {
    const entry = this.painted.find((p) => p.i === i);
    if (!entry) return;
    const rect = entry.range.getBoundingClientRect();
    this.view.scrollBy({ top: rect.top - this.view.innerHeight / 3, behavior: 'smooth' });
  }

  // Hover: highlights take no pointer events, so find the text under the pointer and the
  // smallest shown range there whose boxes really contain the pointer (the caret snaps to
  // the nearest character even beyond the end of a line).
  pointerMoved(e) {
    this.lastPointer = [e.clientX, e.clientY];
    if (this.frame) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.on || !this.lastPointer) return;
      const [x, y] = this.lastPointer;
      const hit = this.hitTest(x, y);
      if (!hit) this.hidePopup();
      else if (hit !== this.hovered) this.showPopup(hit, x, y);
    });
  }

  hitTest(x, y) {
    const pos = caretAt(this.doc, x, y);
    if (!pos) return null;
    let best = null;
    for (const entry of this.byNode.get(pos.node) ?? []) {
      if (!this.kinds.has(entry.a.kind) || (best && entry.len >= best.len)) continue;
      if (!entry.range.isPointInRange(pos.node, pos.offset)) continue;
      if (rectsContain(entry.range.getClientRects(), x, y)) best = entry;
    }
    return best;
  }

  showPopup(entry, x, y) {
    this.hovered = entry;
    const { popup } = this.popupParts();
    const a = entry.a;
    const text = squash(a.text);
    const title = this.doc.createElement('p');
    title.className = `title ${a.kind}`;
    title.textContent = text.length > 80 ? `${text.slice(0, 77)}…` : text;
    const list = this.doc.createElement('dl');
    for (const [term, value] of detailRows(a).map(([t, v]) => [t, squash(String(v))])) {
      const dt = this.doc.createElement('dt');
      dt.textContent = term;
      const dd = this.doc.createElement('dd');
      dd.textContent = value;
      list.append(dt, dd);
    }
    popup.replaceChildren(title, list);
    popup.hidden = false;
    // Below the hovered line, kept inside the window.
    const line = [...entry.range.getClientRects()].find((r) => y >= r.top && y <= r.bottom) ??
      entry.range.getBoundingClientRect();
    const { innerWidth: w, innerHeight: h } = this.view;
    const box = popup.getBoundingClientRect();
    let left = Math.min(Math.max(4, x - 20), w - box.width - 4);
    let top = line.bottom + 6;
    if (top + box.height > h - 4) top = Math.max(4, line.top - box.height - 6);
    popup.style.left = `${Math.max(4, left)}px`;
    popup.style.top = `${top}px`;
  }

  hidePopup() {
    this.hovered = null;
    if (this.popup) this.popup.hidden = true;
  }

  /** Creates the one element this renderer adds to the page, on first need. */
  popupParts() {
    if (!this.host) {
      const host = this.doc.createElement('factlight-popup');
      for (const [p, v] of [
        ['all', 'initial'], ['position', 'fixed'], ['inset', '0 auto auto 0'], ['width', '0'],
        ['height', '0'], ['overflow', 'visible'], ['z-index', '2147483647'],
        ['pointer-events', 'none'], ['display', 'block'],
      ]) host.style.setProperty(p, v, 'important');
      const shadow = host.attachShadow({ mode: 'closed' });
      const popup = this.doc.createElement('div');
      popup.className = 'popup';
      popup.setAttribute('role', 'tooltip');
      popup.hidden = true;
      try {
        const sheet = new this.view.CSSStyleSheet();
        sheet.replaceSync(POPUP_CSS);
        shadow.adoptedStyleSheets = [sheet]; // not subject to the page's style-src
      } catch {
        const style = this.doc.createElement('style');
        style.textContent = POPUP_CSS;
        shadow.append(style);
      }
      shadow.append(popup);
      this.doc.documentElement.append(host);
      this.host = host;
      this.popup = popup;
    }
    return { popup: this.popup };
  }

  off() {
    if (!this.on) return;
    this.on = false;
    clearTimeout(this.timer);
    this.observer?.disconnect();
    if (this.onMove) {
      this.doc.removeEventListener('mousemove', this.onMove, { capture: true });
      this.view.removeEventListener('scroll', this.onAway, { capture: true });
      this.view.removeEventListener('blur', this.onAway);
      this.doc.documentElement.removeEventListener('mouseleave', this.onAway);
    }
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    for (const kind of KINDS) {
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === this.highlights[kind]) {
        CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      }
      this.highlights[kind].clear();
    }
    if (this.sheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    }
    this.host?.remove();
    this.host = this.popup = null;
    this.painted = [];
    this.byNode = new Map();
  }
}

const POPUP_CSS = `
.popup {
  position: fixed; max-width: min(24rem, calc(100vw - 8px)); box-sizing: border-box;
  padding: 0.5rem 0.7rem; border-radius: 8px; border: 1px solid #c9c5bb;
  background: #fffdf8; color: #1d1d1f; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  text-align: left; white-space: normal; pointer-events: none;
}
.popup[hidden] { display: none; }
.title { margin: 0 0 0.35rem; font-weight: 600; padding-left: 0.45rem; border-left: 4px solid; }
.title.entity { border-color: rgb(0, 114, 178); }
.title.quote { border-color: rgb(230, 159, 0); }
.title.number { border-color: rgb(204, 121, 167); }
dl { display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.7rem; margin: 0; }
dt { color: #5b5b63; }
dd { margin: 0; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) {
  .popup { background: #1e1f23; color: #e8e6e1; border-color: #3a3b41; }
  dt { color: #a6a4ad; }
}
`;

let engine = null;
/** The default annotate(): the engine in ./factlight.js, loaded and initialised once. */
function defaultAnnotate(text) {
  engine ??= import('./factlight.js').then(async (fl) => {
    await fl.init();
    return fl;
  });
  return engine.then((fl) => fl.annotate(text));
}

/**
 * The visible text under `root` as one string, and the text nodes it came from:
 * `nodes[i]` fills text.slice(starts[i], starts[i] + nodes[i].length), its whitespace
 * characters replaced by spaces one for one (source indentation is not a line break).
 * Between blocks (p, li, h2, ...) a blank line is added that belongs to no node, so the
 * engine sees paragraphs; a <br> becomes a line break.
 */
export function collectText(root) {
  const view = root.ownerDocument.defaultView;
  const nodes = [];
  const starts = [];
  let text = '';
  let pending = ''; // separator owed before the next text
  const brk = (s) => {
    if (text && s.length > pending.length) pending = s;
  };
  const visit = (el) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const data = n.data;
        if (!data) continue;
        // Indentation between blocks is not text; a space between inline tags is.
        if ((pending || !text) && !/\S/.test(data)) continue;
        text += pending;
        pending = '';
        nodes.push(n);
        starts.push(text.length);
        text += data.replace(/[\t\n\r\f\v\u00a0]/g, ' ');
      } else if (n.nodeType === 1) {
        if (n.localName === 'br') { brk('\n'); continue; }
        if (skipElement(n)) continue;
        const style = view.getComputedStyle(n);
        if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' ||
          style.contentVisibility === 'hidden') continue;
        const block = !(style.display.startsWith('inline') || style.display === 'contents' ||
          style.display.startsWith('ruby'));
        if (block) brk('\n\n');
        visit(n);
        if (block) brk('\n\n');
      }
    }
  };
  visit(root);
  return { text, nodes, starts };
}

function skipElement(el) {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true' || el.inert) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  return el.isContentEditable && !el.parentElement?.isContentEditable; // the reader's own typing
}

/**
 * The index of the text node holding UTF-16 `offset`: for a start, the node where the
 * character at `offset` is (or the next one, if `offset` falls in a separator); for an end,
 * the node holding the character before `offset`. -1 if none.
 */
function nodeAt(starts, nodes, offset, isEnd) {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) { // the last node starting at or before offset (strictly before, for an end)
    const mid = (lo + hi) >> 1;
    if (isEnd ? starts[mid] < offset : starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (isEnd) return found;
  if (found >= 0 && offset < starts[found] + nodes[found].length) return found;
  return found + 1 < nodes.length ? found + 1 : -1;
}

function caretAt(doc, x, y) {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p && p.offsetNode?.nodeType === 3 ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (doc.caretRangeFromPoint) {
    const r = doc.caretRangeFromPoint(x, y);
    return r && r.startContainer.nodeType === 3 ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function rectsContain(rects, x, y) {
  for (const r of rects) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

// Names and quotes as a reader sees them: the page source's line breaks and indentation
// between tags are in the text nodes (offsets need them) but not on screen.
function squash(s) {
  return s.replace(/\s+/g, ' ').trim();
}

function countKinds(annotations) {
  const counts = { entity: 0, quote: 0, number: 0 };
  for (const a of annotations) if (a.kind in counts) counts[a.kind] += 1;
  return counts;
}

function entityList(annotations) {
  const groups = new Map();
  annotations.forEach((a, i) => {
    if (a.kind !== 'entity') return;
    const g = groups.get(a.id);
    if (g) { g.count += 1; g.mentions.push(i); } else {
      groups.set(a.id, { id: a.id, label: a.label, name: squash(a.canonical ?? a.text), count: 1, mentions: [i] });
    }
  });
  return [...groups.values()].sort((x, y) => y.count - x.count || x.mentions[0] - y.mentions[0]);
}

function quoteList(annotations) {
  const unknown = 'speaker unknown';
  const groups = new Map();
  annotations.forEach((a, i) => {
    if (a.kind !== 'quote' || a.style === 'scare') return;
    const who = squash(speakerOf(a));
    const g = groups.get(who);
    if (g) { g.count += 1; g.quotes.push(squash(a.text)); g.mentions.push(i); } else {
      groups.set(who, { speaker: who, known: who !== unknown, count: 1, quotes: [squash(a.text)], mentions: [i] });
    }
  });
  return [...groups.values()].sort((x, y) => x.known === y.known
    ? y.count - x.count || x.speaker.localeCompare(y.speaker)
    : (x.known ? -1 : 1));
}

/**
 * The element holding the article on a news-like page: the <article> (or itemprop=articleBody)
 * with the most paragraph text, else the block whose own paragraphs hold the most text that
 * is not link text (menus and footers are mostly links), else <body>.
 */
export function findArticle(doc = document) {
  const textOf = (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  const linkText = (el) => [...el.querySelectorAll('a')].reduce((n, a) => n + textOf(a), 0);
  const proseOf = (el) => [...el.querySelectorAll('p, blockquote, li, pre, h2, h3')]
    .filter((p) => !p.closest('nav, aside, footer, [role=navigation], [role=complementary], [role=contentinfo]'))
    .reduce((n, p) => n + Math.max(0, textOf(p) - linkText(p)), 0);
  const marked = [...doc.querySelectorAll('article, [itemprop="articleBody"], [role="article"]')]
    .filter((el) => !el.parentElement?.closest('article, [itemprop="articleBody"]'))
    .map((el) => ({ el, score: proseOf(el) }))
    .sort((x, y) => y.score - x.score);
  if (marked.length && marked[0].score >= 200) return marked[0].el;

  // Densest block: every paragraph gives its non-link text to its parent, half to the grandparent.
  const scores = new Map();
  for (const p of doc.querySelectorAll('p, pre, blockquote')) {
    if (p.closest('nav, aside, footer, header, form, [role=navigation], [role=contentinfo]')) continue;
    const n = textOf(p) - linkText(p);
    if (n < 25) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + n);
    const grand = parent.parentElement;
    if (grand && grand !== doc.documentElement) scores.set(grand, (scores.get(grand) ?? 0) + n / 2);
  }
  let best = null;
  let bestScore = 0;
  for (const [el, s] of scores) if (s > bestScore) { best = el; bestScore = s; }
  return best ?? marked[0]?.el ?? doc.querySelector('main') ?? doc.body;
}
