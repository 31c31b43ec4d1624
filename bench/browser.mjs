// The in-browser half of `node bench/run.mjs`: factlight's wasm engine and the JS peers, in
// one page, on the same texts. run.mjs calls window.bench.* and reads the returned numbers;
// nothing is judged here. MB means 10^6 bytes of UTF-8.
import { init, annotate } from '/www/factlight.js';
import compromise from '/bench/node_modules/compromise/builds/three/compromise-three.mjs';
import { winkNLP, model as winkModel } from '/bench/vendor-built/wink.mjs';
import { median } from '/bench/measure.mjs';

// The wink pipe: sentence boundaries and named entities, what entities() needs. The default
// pipe also runs POS, negation and sentiment, which do not change the entities found.
export const WINK_PIPE = ['sbd', 'ner'];

// Each engine is one function: text in, results materialised as plain JS values out, and
// the count of what it found (so the work cannot be skipped and the count is reported).
const engines = {
  factlight: (text) => annotate(text).length,
  compromise: (text) => {
    const doc = compromise(text);
    const found = [doc.people(), doc.places(), doc.organizations(), doc.quotations(), doc.numbers()];
    return found.reduce((n, view) => n + view.out('array').length, 0);
  },
  wink: null, // built in setup(): the model takes a moment to load
  // wink-nlp with its default pipe (adds POS, negation and sentiment): the configuration
  // of issue 6's native figure for wink, measured here in the same page for comparison.
  winkDefault: null,
};

const utf8Bytes = (s) => new TextEncoder().encode(s).length;
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

const texts = new Map();

// A file run.mjs wrote into target/bench-texts/, as a Response.
async function benchText(file) {
  const response = await fetch(`/target/bench-texts/${file}`);
  if (!response.ok) throw new Error(`cannot fetch the text ${file}: ${response.status}`);
  return response;
}

async function setup(names) {
  await init();
  const nlp = winkNLP(winkModel, WINK_PIPE);
  engines.wink = (text) => nlp.readDoc(text).entities().out().length;
  const nlpDefault = winkNLP(winkModel);
  engines.winkDefault = (text) => nlpDefault.readDoc(text).entities().out().length;
  for (const name of names) texts.set(name, await (await benchText(`${name}.txt`)).text());
  document.getElementById('status').textContent = 'ready';
  return {
    crossOriginIsolated: self.crossOriginIsolated,
    gc: typeof self.gc === 'function',
    userAgent: navigator.userAgent,
    winkPipe: WINK_PIPE,
  };
}

// How long each round waits after collecting garbage. A full collection leaves sweeping
// to background threads, which on this 2-core machine slowed the next calls: timed right
// after gc(), engines ran up to a fifth slower than in the same page without gc() (factlight
// on CoNLL text 4.23-4.69 against 4.53-5.17 MB/s, three alternating runs), a cost no page
// pays; after 50 ms they ran as without it (4.61-5.38).
const SETTLE_MS = 50;

// Collects garbage (when run.mjs exposed gc()) and waits `ms` for the collector's
// background threads.
async function collected(ms = SETTLE_MS) {
  if (!self.gc) return;
  self.gc();
  await new Promise((resolve) => setTimeout(resolve, ms));
}

// Every engine on one text, interleaved: each round times every engine in turn (at least
// one call and 50 ms of calls each, every call timed alone), and rounds go on for `seconds`
// and at least `minRounds`. The machine is shared, so the load drifts and calls get
// preempted: an engine's figure is the median of all its calls, and interleaving lets every
// engine see the same drift, each ratio being the median of the per-round ratios. Warm-up first: each engine runs 2 calls and 0.3 s, so
// the JIT has compiled the JS peers before timing.
async function compare(name, names, seconds = 5, minRounds = 5, settleMs = SETTLE_MS) {
  const text = texts.get(name);
  const bytes = utf8Bytes(text);
  const found = {};
  for (const e of names) {
    const t0 = performance.now();
    for (let n = 0; n < 2 || performance.now() - t0 < 300; n++) found[e] = engines[e](text);
  }
  const all = Object.fromEntries(names.map((e) => [e, []])); // every call's time
  const perRound = Object.fromEntries(names.map((e) => [e, []])); // each round's median call
  const start = performance.now();
  let rounds = 0;
  while (rounds < minRounds || performance.now() - start < seconds * 1000) {
    for (const e of names) {
      // Start each engine on a collected heap, so no engine pays for another's garbage
      // (run.mjs launches Chromium with --js-flags=--expose-gc), and after the collector's
      // background threads are done with it (see SETTLE_MS).
      await collected(settleMs);
      const round = [];
      const t0 = performance.now();
      do {
        const t = performance.now();
        engines[e](text);
        round.push(performance.now() - t);
      } while (performance.now() - t0 < 50);
      all[e].push(...round);
      perRound[e].push(median(round));
    }
    rounds++;
  }
  const [base] = names;
  return {
    text: name,
    bytes,
    rounds,
    engines: names.map((e) => {
      const ms = median(all[e]);
      return { engine: e, median_ms: ms, mb_s: bytes / ms / 1e3, found: found[e], calls: all[e].length };
    }),
    // How many times faster the first engine is than each other one, round by round.
    speedup: Object.fromEntries(names.slice(1).map((e) => [e, median(perRound[e].map((t, r) => t / perRound[base][r]))])),
  };
}

// The first paragraphs of `name` up to the first paragraph break past `target` bytes: a
// realistic article of about that size.
function articleOf(name, target) {
  const paragraphs = texts.get(name).split('\n\n');
  let article = '';
  for (const p of paragraphs) {
    article += (article ? '\n\n' : '') + p;
    if (utf8Bytes(article) >= target) break;
  }
  return article;
}

// factlight's time to annotate one ~10 KB article, each call timed on its own.
async function latency(name, target = 10_000, reps = 300) {
  const article = articleOf(name, target);
  for (let i = 0; i < 10; i++) annotate(article);
  await collected();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    annotate(article);
    times.push(performance.now() - t0);
  }
  return { bytes: utf8Bytes(article), reps, median_ms: median(times), p95_ms: quantile(times, 0.95), found: annotate(article).length };
}

// New text, as a reader meets it. factlight keeps what it works out from the text it reads
// (its patterns' lazy DFA states, word forms) and the peers keep little but compiled code,
// so repeated calls on one text (the throughput rows) flatter factlight most. Called once
// in a fresh page, after setup(['conll-testb']): every engine first reads the CoNLL text
// and the first half of the Wikinews articles, three times, so that all their code is
// compiled; then it annotates the articles of the second half, each once ("first"),
// engines in turn, and then again.
async function firstSight(names, warmRounds = 3) {
  const articles = await (await benchText('articles.json')).json();
  const conll = texts.get('conll-testb');
  const half = articles.length >> 1;
  const [seen, fresh] = [articles.slice(0, half), articles.slice(half)];
  for (let r = 0; r < warmRounds; r++) {
    for (const e of names) [conll, ...seen].forEach((t) => engines[e](t));
  }
  // Each engine reads them all in a row, on a heap just collected (see `collected`).
  const pass = async () => {
    const ms = {};
    for (const e of names) {
      await collected();
      const t0 = performance.now();
      for (const text of fresh) engines[e](text);
      ms[e] = performance.now() - t0;
    }
    return ms;
  };
  const first = await pass();
  const again = await pass();
  return { articles: fresh.length, bytes: fresh.reduce((n, t) => n + utf8Bytes(t), 0), first, again };
}

window.bench = { setup, compare, latency, firstSight };
