// The page controller. The textarea is the reader's; it is never re-rendered, so the caret
// never jumps. Text goes to the engine in a Web Worker, so typing never waits on the engine.
// While a short text is annotated only the newest text waits (older pending texts are
// dropped); a long text comes back a piece at a time, each piece drawn once it is in and
// near the viewport (pieces.js), and a newer text is sent at once (the worker drops the long
// one between pieces). Results for stale text are thrown away.
import { spawnWorker } from './engine.js';
import { PieceView } from './pieces.js';
import { KINDS, grouped, renderAnnotated, renderAnnotatedInSlices, fillDetails, speakerOf } from './render.js';

performance.mark('fl:app-start');
const $ = (id) => document.getElementById(id);
const input = $('input');
const view = $('view');
const status = $('status');
const popup = $('popup');
const sample = $('sample');

const LIST_LIMIT = 200; // entries per side list; a 2 MB paste has tens of thousands
const QUOTES_PER_SPEAKER = 25; // quotes listed under one speaker (all are counted)
// Quotes listed in all: a 10 MB paste listed 2,017, whose layout took 85-107 ms each time the
// lists were rebuilt while it streamed in. Speakers past this show their count only.
const QUOTES_LISTED = 300;
const SYNC_LIMIT = 3000; // more highlights than this are drawn in slices, between keystrokes
const LONG = 30_000; // characters: a text this long may come in pieces, and need not be waited for
const LISTS_EVERY = 1000; // ms between side-list rebuilds while a long text streams in

// ---- the engine, in a worker -------------------------------------------------------------

let worker = null; // started with the first text (see engine.js)
let nextId = 1;
let inflight = null; // { id, text, t0 }
let pending = null; // the newest text not yet sent, or null
let edits = 0; // counts texts handed to request(), so a slow draw can see it went stale

/** Starts the engine's worker; false (and the status says why) if it could not. */
function startWorker() {
  try {
    worker = spawnWorker(); // throws if the page may not start workers (CSP, file://)
  } catch (e) {
    engineFailed(e.message || String(e));
    return false;
  }
  worker.onmessage = onResult;
  worker.onerror = (e) => {
    e.preventDefault();
    engineFailed(e.message || 'unknown error');
  };
  return true;
}

/** The worker is gone: say so; the next text starts a new one. */
function engineFailed(message) {
  setStatus(`engine failed to start: ${message}`, 'error');
  inflight = null;
  worker?.terminate();
  worker = null;
}

function request(text) {
  pending = text;
  edits += 1;
  pump();
}

function pump() {
  if (pending === null) return;
  // A short job ends in a few ms: wait for it. A long one is dropped by the worker between
  // its pieces when the new text arrives.
  if (inflight && inflight.text.length <= LONG) return;
  if (!worker && !startWorker()) return;
  const text = pending;
  pending = null;
  inflight = { id: nextId++, text, t0: performance.now() };
  worker.postMessage({ id: inflight.id, text });
  setStatus(`annotating… (${grouped(text.length)} characters)`, 'busy');
}

async function onResult({ data }) {
  if (!inflight || data.id !== inflight.id) return; // from a terminated or older request
  const job = inflight;
  if (data.error !== undefined) {
    inflight = null;
    setStatus(`could not annotate: ${data.error}`, 'error');
    // A failure inside wasm can leave its memory inconsistent: start from a fresh engine.
    worker.terminate();
    worker = null; // the next text starts a new one
    pump();
    return;
  }
  if (job.id === 1 && data.index === 0) performance.mark('fl:first-result');
  if (data.index === 0 && data.done) {
    inflight = null;
    if (pending !== null) {
      pump(); // the text changed meanwhile: this result is stale, annotate the newest
      return;
    }
    const t1 = performance.now();
    if (data.annotations.length > SYNC_LIMIT) {
      setStatus(`annotating… (drawing ${grouped(data.annotations.length)} highlights)`, 'busy');
    }
    // Nothing to redraw when the view shows this result already (a prerendered sample).
    if (!sameAsShown(job.text, data.annotations)) {
      // the text changed while drawing: stop
      if (!(await show({ text: job.text, annotations: data.annotations, bounds: data.bounds }))) return;
    }
    finished(job, data.ms, performance.now() - t1, 1);
    return;
  }
  // One piece of a long text.
  const t1 = performance.now();
  if (data.index === 0) startStream(job.text, data.bounds);
  addPiece(data);
  streamed.drawMs += performance.now() - t1;
  if (!data.done) {
    const of = grouped(job.text.length);
    const pct = Math.floor((100 * data.end) / job.text.length);
    setStatus(`annotating… ${pct}% (${grouped(data.end)} of ${of} characters)`, 'busy');
    return;
  }
  inflight = null;
  hidePopup();
  buildLists();
  finished(job, data.ms, streamed.drawMs, data.index + 1); // the last piece's index + 1: their number
  pump();
}

/** True if the view already shows exactly this result, drawn in full (no stream, no slicing). */
function sameAsShown(text, annotations) {
  return !slicing && !inPieces(current) && current.text === text &&
    current.annotations.length === annotations.length &&
    JSON.stringify(current.annotations) === JSON.stringify(annotations);
}

function finished(job, engineMs, drawnMs, pieces) {
  const total = performance.now() - job.t0;
  const inPieces = pieces > 1 ? ` in ${grouped(pieces)} pieces` : '';
  setStatus(
    `${grouped(current.annotations.length)} highlights · engine ${fmtMs(engineMs)}${inPieces}` +
      ` · drawn in ${fmtMs(drawnMs)} · ${fmtMs(total)} in all`,
    'done',
  );
}

function fmtMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${grouped(Math.round(ms))} ms`;
}

function setStatus(message, state) {
  status.textContent = message;
  status.dataset.state = state;
  document.body.dataset.state = state;
}

// ---- showing results ---------------------------------------------------------------------

const shown = new Set(KINDS);
// What the view shows: the text, its annotations and, for a long text, where its pieces
// start (`bounds`), drawn by `pieces`; else the mark of each annotation in `marks`.
let current = { text: '', annotations: [], bounds: null };
let marks = [];
let pieces = null; // a PieceView while the view shows a long text in pieces

let draws = 0;

/**
 * Shows a result; resolves to false if it went stale while being drawn. With `listsLater`
 * (the page's first view) the side lists are built after the highlights are painted: the
 * first sort by name loads the browser's collation data, tens of ms in a fresh page.
 */
async function show(data, { listsLater = false } = {}) {
  if (!(await draw(data))) return false;
  hidePopup();
  updateCounts();
  if (listsLater) buildListsAfterPaint();
  else buildLists();
  return true;
}

/**
 * Builds the side lists after the next frame is painted, unless they were built meanwhile
 * (a newer result); a hidden tab paints no frames, so there at once.
 */
function buildListsAfterPaint() {
  const built = listsBuilt;
  const later = () => {
    if (listsBuilt === built) buildLists();
  };
  if (document.hidden) later();
  else requestAnimationFrame(() => setTimeout(later, 0));
}

let listsBuilt = 0; // counts buildLists calls

/** Rebuilds both side lists from what the view shows. */
function buildLists() {
  listsBuilt += 1;
  buildEntityList();
  buildQuotedList();
}

// ---- a long text, streaming in -----------------------------------------------------------

let streamed = { drawMs: 0, listsAt: 0 }; // a long text's: main-thread ms for its pieces, when its lists were built

/** Shows the new text's pieces as plain text; their highlights follow piece by piece. */
function startStream(text, bounds) {
  draws += 1; // abandons any draw under way
  slicing = false;
  current = { text, annotations: [], bounds };
  marks = [];
  pieces?.close();
  pieces = new PieceView(view, text, bounds, shown);
  // The lists are built once pieces have come in for LISTS_EVERY (not on the way to the
  // first highlight), or the text is done (see addPiece); until then they would point into
  // the text before.
  $('entities').replaceChildren(note('Listed as the text comes in…'));
  $('quoted').replaceChildren(note('Listed as the text comes in…'));
  streamed = { drawMs: 0, listsAt: performance.now() };
  view.classList.toggle('empty', text.length === 0);
  hidePopup();
}

function addPiece(piece) {
  const base = current.annotations.length;
  for (const a of piece.annotations) current.annotations.push(a);
  pieces.add(piece.index, piece.annotations, base);
  updateCounts(piece.index === 0 ? null : piece.annotations);
  if (performance.now() - streamed.listsAt > LISTS_EVERY) {
    buildLists();
    streamed.listsAt = performance.now();
  }
}

/**
 * Draws `data` (default: what is shown now) in the reading view. Big results are drawn in
 * slices between keystrokes, abandoned if the text changes meanwhile, and drawn again if
 * a kind was toggled meanwhile. A long text's pieces (only ever the one shown) are drawn
 * again as they come near the viewport.
 */
async function draw(data = current) {
  if (inPieces(data)) {
    pieces.redraw();
    if (popupFor && !view.contains(popupFor)) hidePopup();
    return true;
  }
  const mine = ++draws;
  const edit = edits;
  let drawn;
  toggledWhileSlicing = false; // this draw reads the toggles as they are now
  const stale = () => mine !== draws || edit !== edits;
  if (data.annotations.length > SYNC_LIMIT) {
    slicing = true;
    drawn = await renderAnnotatedInSlices(view, data.text, data.annotations, shown, stale);
    if (mine === draws) slicing = false;
  } else {
    drawn = renderAnnotated(view, data.text, data.annotations, shown);
  }
  if (!drawn) return false;
  current = data;
  marks = drawn;
  pieces?.close();
  pieces = null;
  if (popupFor && !view.contains(popupFor)) hidePopup();
  view.classList.toggle('empty', data.text.length === 0);
  if (toggledWhileSlicing) return draw(data);
  return true;
}

/** Whether `data` is a long text's result, in more than one piece (drawn piece by piece). */
function inPieces(data) {
  return data.bounds?.length > 2;
}

let slicing = false; // a big draw is under way
let toggledWhileSlicing = false;

/** Shows the counts of each kind: of `added` on top of those shown (a piece), else of all. */
function updateCounts(added = null) {
  if (!added) shownCounts = { entity: 0, quote: 0, number: 0 };
  for (const a of added ?? current.annotations) if (a.kind in shownCounts) shownCounts[a.kind] += 1;
  for (const kind of KINDS) $(`count-${kind}`).textContent = grouped(shownCounts[kind]);
}
let shownCounts = { entity: 0, quote: 0, number: 0 };

function buildEntityList() {
  const groups = new Map();
  current.annotations.forEach((a, i) => {
    if (a.kind !== 'entity') return;
    let g = groups.get(a.id);
    if (!g) groups.set(a.id, (g = { name: a.canonical, label: a.label, mentions: [], next: 0 }));
    g.mentions.push(i);
  });
  const sorted = [...groups.values()].sort(
    (x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name),
  );
  const list = $('entities');
  list.replaceChildren(
    ...sorted.slice(0, LIST_LIMIT).map((g) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'entity-item';
      const chip = document.createElement('span');
      chip.className = 'chip chip-entity';
      chip.textContent = g.label;
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = g.name;
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(g.mentions.length);
      count.title = `${g.mentions.length} mention${g.mentions.length === 1 ? '' : 's'}`;
      button.append(chip, name, count);
      button.setAttribute('aria-label', `${g.name}, ${g.label}, ${count.title}; next mention`);
      button.addEventListener('click', () => {
        const i = g.mentions[g.next % g.mentions.length];
        g.next += 1;
        jumpTo(i);
      });
      const li = document.createElement('li');
      li.append(button);
      return li;
    }),
    ...more(sorted.length),
  );
  if (sorted.length === 0) list.replaceChildren(note('No entities found.'));
}

function buildQuotedList() {
  const groups = new Map();
  current.annotations.forEach((a, i) => {
    if (a.kind !== 'quote') return;
    const who = speakerOf(a);
    if (!groups.has(who)) groups.set(who, []);
    groups.get(who).push(i);
  });
  const unknown = 'speaker unknown';
  const sorted = [...groups.entries()].sort(
    ([x, xs], [y, ys]) => (x === unknown) - (y === unknown) || ys.length - xs.length || x.localeCompare(y),
  );
  const list = $('quoted');
  let budget = QUOTES_LISTED;
  list.replaceChildren(
    ...sorted.slice(0, LIST_LIMIT).map(([who, quotes]) => {
      const li = document.createElement('li');
      const head = document.createElement('p');
      head.className = who === unknown ? 'speaker unknown' : 'speaker';
      head.textContent = `${who} (${quotes.length})`;
      const listed = quotes.slice(0, Math.min(QUOTES_PER_SPEAKER, budget));
      budget -= listed.length;
      if (listed.length === 0) {
        li.append(head);
        return li;
      }
      const ul = document.createElement('ul');
      for (const i of listed) {
        const text = current.annotations[i].text;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'quote-item';
        button.textContent = text.length > 90 ? `${text.slice(0, 87)}…` : text;
        button.addEventListener('click', () => jumpTo(i));
        const item = document.createElement('li');
        item.append(button);
        ul.append(item);
      }
      if (quotes.length > listed.length) ul.append(...more(quotes.length, listed.length));
      li.append(head, ul);
      return li;
    }),
    ...more(sorted.length),
  );
  if (sorted.length === 0) list.replaceChildren(note('No quotes found.'));
}

function more(total, shown = LIST_LIMIT) {
  return total > shown ? [note(`… and ${grouped(total - shown)} more`)] : [];
}

function note(text) {
  const li = document.createElement('li');
  li.className = 'note';
  li.textContent = text;
  return li;
}

async function jumpTo(i) {
  const a = current.annotations[i];
  if (!a || slicing) return;
  if (!shown.has(a.kind)) {
    // The reader asked for it, so show its kind again.
    shown.add(a.kind);
    document.querySelector(`.legend input[data-kind="${a.kind}"]`).checked = true;
    await draw();
  }
  const mark = pieces ? pieces.mark(i) : marks[i];
  if (!mark) return;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.focus({ preventScroll: true });
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the flash animation
  mark.classList.add('flash');
}

// ---- details popup -----------------------------------------------------------------------

let popupFor = null;

function showPopup(mark) {
  const a = current.annotations[Number(mark.dataset.i)];
  if (!a) return;
  popupFor = mark;
  fillDetails(popup, a);
  popup.hidden = false;
  mark.setAttribute('aria-describedby', 'popup');
  // Place it below the highlight's first line box, kept inside the window.
  const box = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  const width = popup.offsetWidth;
  const height = popup.offsetHeight;
  let left = Math.min(box.left, window.innerWidth - width - 8);
  let top = box.bottom + 6;
  if (top + height > window.innerHeight - 8) top = Math.max(8, box.top - height - 6);
  left = Math.max(8, left);
  popup.style.left = `${left}px`;
  popup.style.top = `${top}px`;
}

function hidePopup() {
  if (popupFor) popupFor.removeAttribute('aria-describedby');
  popupFor = null;
  popup.hidden = true;
}

view.addEventListener('mouseover', (e) => {
  const mark = e.target.closest('mark.fl');
  if (mark && mark !== popupFor) showPopup(mark);
});
view.addEventListener('mouseleave', () => {
  if (!view.contains(document.activeElement)) hidePopup();
});
view.addEventListener('focusin', (e) => {
  const mark = e.target.closest('mark.fl');
  if (mark) showPopup(mark);
});
view.addEventListener('focusout', (e) => {
  if (!e.relatedTarget || !view.contains(e.relatedTarget)) hidePopup();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hidePopup();
});
// In a long text, Tab goes on from highlight to highlight into the parts not drawn yet.
view.addEventListener('keydown', (e) => {
  const mark = e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey && pieces && e.target.closest('mark.fl');
  const next = mark && pieces.markNext(Number(mark.dataset.i), e.shiftKey ? -1 : 1);
  if (!next) return;
  e.preventDefault();
  next.focus();
});
window.addEventListener('scroll', hidePopup, { passive: true });
view.addEventListener('scroll', hidePopup, { passive: true });

// ---- wiring ------------------------------------------------------------------------------

for (const box of document.querySelectorAll('.legend input[data-kind]')) {
  box.addEventListener('change', () => {
    if (box.checked) shown.add(box.dataset.kind);
    else shown.delete(box.dataset.kind);
    view.classList.toggle(`hide-${box.dataset.kind}`, !box.checked);
    hidePopup();
    if (slicing) toggledWhileSlicing = true;
    else draw();
  });
}

input.addEventListener('input', () => {
  ownText();
  request(input.value);
});

/** The menu says the text is the reader's own once it is no longer the sample chosen. */
function ownText() {
  sample.value = '';
}

// A paste too long to edit: a text box this long takes seconds per keystroke to lay out
// (about 1.5 s a key at 10 MB here, in the browser's own code), so the text goes to the
// engine and the reading view but not into the box, unless the reader asks for it.
const LARGE = 1_000_000; // characters
let large = null; // the text shown while the box is set aside

input.addEventListener('paste', (e) => {
  const pasted = e.clipboardData?.getData('text/plain') ?? '';
  const { value, selectionStart: from, selectionEnd: to } = input;
  if (value.length - (to - from) + pasted.length <= LARGE) return; // the box takes it
  e.preventDefault();
  ownText();
  setLarge(value.slice(0, from) + pasted + value.slice(to));
  request(large);
});

// While the box is set aside, a paste anywhere replaces the text.
document.addEventListener('paste', (e) => {
  if (large === null || e.target === input) return;
  const pasted = e.clipboardData?.getData('text/plain') ?? '';
  e.preventDefault();
  if (pasted.length > LARGE) {
    setLarge(pasted);
  } else {
    setLarge(null);
    input.value = pasted;
  }
  request(pasted);
});

function setLarge(text) {
  large = text;
  $('large').hidden = text === null;
  input.hidden = text !== null;
  if (text === null) return;
  input.value = '';
  $('large-note').textContent = `${grouped(text.length)} characters pasted: too long ` +
    'to edit here without freezing the page, so it is shown only highlighted, on the right.';
}

$('large-edit').addEventListener('click', () => {
  const text = large;
  setLarge(null);
  input.value = text;
  input.focus();
});
$('large-clear').addEventListener('click', () => {
  setLarge(null);
  input.focus();
  request('');
});

// Each sample comes with its highlights, computed when the page was built by this same
// engine (tools/prerender.mjs), so the page opens highlighted while the engine is still
// starting; the engine then annotates the text as it would any edit, and its result
// replaces them (or, being the same, leaves the view as it is).
let loads = 0; // counts loadSample calls, so a slow one cannot overwrite a newer one

async function loadSample(url) {
  const mine = ++loads;
  setStatus('loading the sample…', 'busy');
  try {
    const ready = await fetchPrerendered(url);
    const text = ready?.text ?? (await fetchText(url));
    if (mine !== loads) return; // another sample was chosen meanwhile
    performance.mark('fl:sample-loaded');
    setLarge(null);
    input.value = text;
    const edit = edits;
    if (ready) {
      if (!(await show({ text, annotations: ready.annotations, bounds: null }, { listsLater: true }))) return;
      if (mine !== loads || edit !== edits) return; // the reader moved on while it was drawn
      prerenderedShown();
    } else if (current.text === '' && current.annotations.length === 0) {
      draw({ text, annotations: [], bounds: null }); // first paint: the plain text at once, highlights follow
    }
    request(text);
  } catch (e) {
    if (mine === loads) setStatus(`could not load the sample: ${e.message}`, 'error');
  }
}

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.text();
}

/** samples/NAME.txt's build-time result, pkg/samples/NAME.json, or null if there is none. */
async function fetchPrerendered(url) {
  const name = url.replace(/^samples\/(.*)\.txt$/, '$1');
  try {
    const response = await fetch(`pkg/samples/${name}.json`);
    return prerendered(response.ok ? await response.json() : null);
  } catch {
    return null;
  }
}

/** `data` if it is a build-time result, {text, annotations}, else null. */
function prerendered(data) {
  return typeof data?.text === 'string' && Array.isArray(data.annotations) ? data : null;
}

function prerenderedShown() {
  performance.mark('fl:prerendered-shown');
  setStatus('sample highlighted when the page was built; starting the engine…', 'busy');
}

/**
 * Starts from what the page's HTML came with: the selected sample, in the text box and
 * highlighted in the view (tools/prerender.mjs), taken as shown; or, if the reader typed
 * before this script ran (or the browser restored a text into the form), that text; else
 * (no such HTML, another sample restored into the menu) the sample loaded as when chosen.
 * The engine then annotates the text like any other; for the sample its result, being the
 * same, leaves the view as it is.
 */
function start() {
  let built = null;
  try {
    built = prerendered(JSON.parse(document.getElementById('prerendered')?.textContent ?? 'null'));
  } catch { /* not the page's own data: start without it */ }
  for (const box of document.querySelectorAll('.legend input[data-kind]')) {
    if (!box.checked) shown.delete(box.dataset.kind); // restored unchecked
  }
  const selected = sample.querySelector('option[selected]')?.value;
  if (built && input.value === built.text && sample.value === selected) {
    current = { text: built.text, annotations: built.annotations, bounds: null };
    marks = new Array(built.annotations.length).fill(null);
    for (const mark of view.querySelectorAll('mark.fl')) marks[Number(mark.dataset.i)] = mark;
    if (shown.size < KINDS.length) draw();
    updateCounts();
    buildListsAfterPaint();
    request(input.value);
    prerenderedShown(); // after request(), whose "annotating…" would hide that it is shown
  } else if (input.value !== (built?.text ?? '')) {
    ownText();
    draw({ text: input.value, annotations: [], bounds: null }); // the reader's: plain until annotated
    updateCounts();
    request(input.value);
  } else {
    if (sample.value === '') sample.value = selected ?? sample.options[0].value; // restored "own text", gone
    loadSample(sample.value);
  }
}

sample.addEventListener('change', () => loadSample(sample.value));

start();
