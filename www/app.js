// The page controller. The textarea is the reader's; it is never re-rendered, so the caret
// never jumps. Text goes to the engine in a Web Worker: at most one request is in flight,
// and while it runs only the newest text waits (older pending texts are dropped), so typing
// never waits on the engine and results for stale text are thrown away.
import { takeWorker } from './engine.js'; // first: it starts the engine (index.html runs it early too)
import { KINDS, renderAnnotated, renderAnnotatedInSlices, fillDetails, speakerOf } from './render.js';

performance.mark('fl:app-start');
const $ = (id) => document.getElementById(id);
const input = $('input');
const view = $('view');
const status = $('status');
const popup = $('popup');
const sample = $('sample');

const LIST_LIMIT = 200; // entries per side list; a 2 MB paste has tens of thousands
const SYNC_LIMIT = 3000; // more highlights than this are drawn in slices, between keystrokes

// ---- the engine, in a worker -------------------------------------------------------------

let worker = null;
let nextId = 1;
let inflight = null; // { id, text, t0 }
let pending = null; // the newest text not yet sent, or null
let edits = 0; // counts texts handed to request(), so a slow draw can see it went stale

function startWorker() {
  worker = takeWorker();
  worker.onmessage = onResult;
  worker.onerror = (e) => {
    e.preventDefault();
    engineFailed(e.message || 'unknown error');
  };
  if (worker.failed) engineFailed(worker.failed); // before this page listened
}

function engineFailed(message) {
  setStatus(`engine failed to start: ${message}`, 'error');
  inflight = null;
}

startWorker();

function request(text) {
  pending = text;
  edits += 1;
  // A huge paste replaced by something much shorter: don't make the reader wait for the
  // huge job to finish; restart the engine instead (cheap: the module is cached).
  if (inflight && inflight.text.length > 200_000 && text.length * 4 < inflight.text.length) {
    worker.terminate();
    inflight = null;
    startWorker();
  }
  pump();
}

function pump() {
  if (inflight || pending === null) return;
  const text = pending;
  pending = null;
  inflight = { id: nextId++, text, t0: performance.now() };
  worker.postMessage({ id: inflight.id, text });
  setStatus(`annotating… (${text.length.toLocaleString('en')} characters)`, 'busy');
}

async function onResult({ data }) {
  if (!inflight || data.id !== inflight.id) return; // from a terminated or older request
  const job = inflight;
  inflight = null;
  if (pending !== null) {
    pump(); // the text changed meanwhile: this result is stale, annotate the newest
    return;
  }
  if (data.error !== undefined) {
    setStatus(`could not annotate: ${data.error}`, 'error');
    // A failure inside wasm can leave its memory inconsistent: start from a fresh engine.
    worker.terminate();
    startWorker();
    return;
  }
  const t1 = performance.now();
  if (job.id === 1) performance.mark('fl:first-result');
  if (data.annotations.length > SYNC_LIMIT) {
    setStatus(`annotating… (drawing ${data.annotations.length.toLocaleString('en')} highlights)`, 'busy');
  }
  if (!(await show(job.text, data.annotations))) return; // the text changed while drawing
  const drawn = performance.now() - t1;
  const total = performance.now() - job.t0;
  setStatus(
    `${data.annotations.length.toLocaleString('en')} highlights · engine ${fmtMs(data.ms)}` +
      ` · drawn in ${fmtMs(drawn)} · ${fmtMs(total)} in all`,
    'done',
  );
}

function fmtMs(ms) {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms).toLocaleString('en')} ms`;
}

function setStatus(message, state) {
  status.textContent = message;
  status.dataset.state = state;
  document.body.dataset.state = state;
}

// ---- showing results ---------------------------------------------------------------------

const shown = new Set(KINDS);
let current = { text: '', annotations: [] };
let marks = [];

let draws = 0;

/** Shows a result; resolves to false if it went stale while being drawn. */
async function show(text, annotations) {
  if (!(await draw({ text, annotations }))) return false;
  hidePopup();
  updateCounts();
  buildEntityList();
  buildQuotedList();
  return true;
}

/**
 * Draws `data` (default: what is shown now) in the reading view. Big results are drawn in
 * slices between keystrokes, abandoned if the text changes meanwhile, and drawn again if
 * a kind was toggled meanwhile.
 */
async function draw(data = current) {
  const mine = ++draws;
  const edit = edits;
  let drawn;
  toggledWhileSlicing = false; // this draw reads the toggles as they are now
  if (data.annotations.length > SYNC_LIMIT) {
    slicing = true;
    drawn = await renderAnnotatedInSlices(view, data.text, data.annotations, shown,
      () => mine !== draws || edit !== edits);
    if (mine === draws) slicing = false;
  } else {
    drawn = renderAnnotated(view, data.text, data.annotations, shown);
  }
  if (!drawn) return false;
  current = data;
  marks = drawn;
  if (popupFor && !view.contains(popupFor)) hidePopup();
  view.classList.toggle('empty', data.text.length === 0);
  if (toggledWhileSlicing) return draw(data);
  return true;
}

let slicing = false; // a big draw is under way
let toggledWhileSlicing = false;

function updateCounts() {
  const counts = { entity: 0, quote: 0, number: 0 };
  for (const a of current.annotations) if (a.kind in counts) counts[a.kind] += 1;
  for (const kind of KINDS) $(`count-${kind}`).textContent = counts[kind].toLocaleString('en');
}

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
  list.replaceChildren(
    ...sorted.slice(0, LIST_LIMIT).map(([who, quotes]) => {
      const li = document.createElement('li');
      const head = document.createElement('p');
      head.className = who === unknown ? 'speaker unknown' : 'speaker';
      head.textContent = `${who} (${quotes.length})`;
      const ul = document.createElement('ul');
      for (const i of quotes.slice(0, LIST_LIMIT)) {
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
      li.append(head, ul);
      return li;
    }),
    ...more(sorted.length),
  );
  if (sorted.length === 0) list.replaceChildren(note('No quotes found.'));
}

function more(total) {
  return total > LIST_LIMIT ? [note(`… and ${(total - LIST_LIMIT).toLocaleString('en')} more`)] : [];
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
  const mark = marks[i];
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

input.addEventListener('input', () => request(input.value));

async function loadSample(url) {
  setStatus('loading the sample…', 'busy');
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const text = await response.text();
    performance.mark('fl:sample-loaded');
    input.value = text;
    if (current.text === '' && current.annotations.length === 0) {
      draw({ text, annotations: [] }); // first paint: the plain text at once, highlights follow
    }
    request(text);
  } catch (e) {
    setStatus(`could not load the sample: ${e.message}`, 'error');
  }
}

sample.addEventListener('change', () => loadSample(sample.value));

loadSample(sample.value);
