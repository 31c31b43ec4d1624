// Two builds of the wasm engine side by side in one Chromium page, interleaved, so the
// machine's load weighs on both alike: the ratio is what this measures. Each ROOT is a
// checkout whose page is built (`./x build` there: ROOT/www/pkg/); each is called through its
// own www/factlight.js, the API a page uses.
//
//   node bench/compare.mjs OLD_ROOT [NEW_ROOT, default this checkout]
//   COMPARE_ROUNDS=30 node bench/compare.mjs ...   (default 12 rounds)
//
// Prints, per build: the ~10 KB article (first 600 characters of each Wikinews article, as
// bench/run.mjs builds it) in ms, and MB/s on the Wikinews articles and on CoNLL-2003
// eng.testb as running text (target/bench-texts/, written by bench/run.mjs).
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tools/chromium.mjs';
import { startServer } from '../tools/serve.mjs';
import { median } from './measure.mjs';

const HERE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const newText = process.argv.includes('--new-text');
const [oldRoot, newRoot = HERE] = process.argv.slice(2).filter((a) => a !== '--new-text').map((r) => resolve(r));
// More rounds for a steadier median on a busy machine (each round is about a second per build).
const ROUNDS = Number(process.env.COMPARE_ROUNDS) || (newText ? 8 : 12);
if (!oldRoot) {
  console.error('usage: node bench/compare.mjs [--new-text] OLD_ROOT [NEW_ROOT]');
  process.exit(2);
}
// Serve the nearest folder holding both checkouts.
let common = oldRoot;
while (relative(common, newRoot).startsWith('..')) common = dirname(common);
const url = (root) => ['', ...relative(common, root).split(sep).filter(Boolean), 'www'].join('/');

const articles = join(HERE, '../shared/data/articles');
const names = (await readdir(articles)).filter((n) => n.endsWith('.txt')).sort();
const texts = await Promise.all(names.map((n) => readFile(join(articles, n), 'utf8')));
const wikinews = texts.join('\n\n');
const small = texts.map((t) => t.slice(0, 600)).join('\n\n').slice(0, 10_184);
const conll = await readFile(join(HERE, 'target/bench-texts/conll-testb.txt'), 'utf8').catch(() => null);

const server = await startServer(common, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const builds = [{ name: 'old', url: url(oldRoot) }, { name: 'new', url: url(newRoot) }];
try {
  if (newText) {
    await compareNewText();
  } else {
    await compareRepeated();
  }
} finally {
  await browser.close();
  server.close();
}

/** Both builds on text each reads for the first time, one fresh page per round. */
async function compareNewText() {
  if (!conll) throw new Error('compare --new-text: target/bench-texts/conll-testb.txt is missing (run ./x bench once)');
  const [seen, fresh] = [texts.slice(0, texts.length >> 1), texts.slice(texts.length >> 1)];
  const ms = { old: [], new: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const page = await browser.newPage();
    await page.goto(`${origin}${url(newRoot)}/index.html`);
    const times = await page.evaluate(async ({ builds, conll, seen, fresh, oldFirst }) => {
      const engines = [];
      for (const b of builds) {
        const api = await import(`${b.url}/factlight.js?${b.name}`);
        await api.init();
        engines.push({ name: b.name, a: new api.Annotator() });
      }
      for (let r = 0; r < 3; r++) for (const e of engines) [conll, ...seen].forEach((t) => e.a.annotate(t));
      const times = {};
      for (const e of oldFirst ? engines : [...engines].reverse()) {
        const t0 = performance.now();
        for (const t of fresh) e.a.annotate(t);
        times[e.name] = performance.now() - t0;
      }
      return times;
    }, { builds, conll, seen, fresh, oldFirst: round % 2 === 0 });
    await page.close();
    ms.old.push(times.old);
    ms.new.push(times.new);
  }
  const bytes = fresh.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const ratio = median(ms.new.map((t, i) => t / ms.old[i])).toFixed(3);
  console.log(`old: ${oldRoot}\nnew: ${newRoot}\n`);
  console.log(`Wikinews articles ${seen.length + 1}-${texts.length} (${bytes} B), read once after the CoNLL text and articles 1-${seen.length}, ${ROUNDS} fresh pages:\n`);
  console.log('| build | first reading (MB/s, median) | time / old\'s, per page |');
  console.log('| --- | ---: | ---: |');
  console.log(`| old | ${(bytes / 1e3 / median(ms.old)).toFixed(2)} | 1.000 |`);
  console.log(`| new | ${(bytes / 1e3 / median(ms.new)).toFixed(2)} | ${ratio} |`);
}

/** Both builds in one page, interleaved, on text they read over and over. */
async function compareRepeated() {
  const page = await browser.newPage();
  await page.goto(`${origin}${url(newRoot)}/index.html`);
  const rows = await page.evaluate(async ({ builds, small, wikinews, conll, medianSrc, rounds }) => {
    const med = new Function(`return ${medianSrc}`)();
    const engines = [];
    for (const b of builds) {
      // Each build's public API (www/factlight.js), as a page would call it.
      const api = await import(`${b.url}/factlight.js?${b.name}`);
      await api.init();
      const a = new api.Annotator();
      a.annotate(small); // first use builds what is built lazily
      engines.push({ ...b, a, small: [], wikinews: [], conll: [] });
    }
    for (let round = 0; round < rounds; round++) {
      for (const e of engines) {
        for (let i = 0; i < 20; i++) {
          const t = performance.now();
          e.a.annotate(small);
          e.small.push(performance.now() - t);
        }
        for (const [key, text] of [['wikinews', wikinews], ['conll', conll]]) {
          if (!text) continue;
          const t = performance.now();
          e.a.annotate(text);
          e[key].push(performance.now() - t);
        }
      }
    }
    const mbs = (text, ms) => (text ? (new TextEncoder().encode(text).length / 1e3 / med(ms)).toFixed(2) : '-');
    // Each round's time over the old build's in the same round: load that changes between
    // rounds cancels out, so this column wanders less than the absolute figures.
    const ratio = (e, key) => (e[key].length ? med(e[key].map((t, i) => t / engines[0][key][i])).toFixed(3) : '-');
    return engines.map((e) => [
      e.name, med(e.small).toFixed(2), mbs(wikinews, e.wikinews), mbs(conll, e.conll),
      `${ratio(e, 'small')} / ${ratio(e, 'wikinews')} / ${ratio(e, 'conll')}`,
    ]);
  }, { builds, small, wikinews, conll, medianSrc: median.toString(), rounds: ROUNDS });
  console.log(`old: ${oldRoot}\nnew: ${newRoot}\n`);
  console.log('| build | ~10 KB article (ms, median) | Wikinews (MB/s) | CoNLL eng.testb (MB/s) | time / old\'s, per round (10 KB / Wikinews / CoNLL) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
