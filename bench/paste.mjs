// A huge paste on the page, measured as a reader lives it: www/ served from localhost, news
// text (the Wikinews articles, else the page's samples) repeated to SIZE characters and
// pasted at once; then, until the page says it is done:
//
// - when the first highlight of the new text is painted, and when the page is done;
// - how often the status reported progress;
// - the longest gap between animation frames on the page's main thread (a freeze the reader
//   would feel), and the share of frames later than 100 ms;
// - then, the text in, the reader moving through it (the page draws a piece's highlights
//   only near the viewport): jumps to five far pieces, each timed until its highlights are
//   in the view, and a scroll of 800 px a frame for 3 s, with its longest frame gap;
// - the peak memory: of the engine (the worker's wasm memory, which never shrinks, as the
//   worker reports it) and of the whole browser (the sum of PSS of Chromium's processes,
//   sampled every 100 ms from /proc);
// - and, for comparison, the engine's time and memory for the same text in one annotate()
//   call (what the page did before it annotated long texts in pieces).
//
//   node bench/paste.mjs [--mb 10] [--json]
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tools/chromium.mjs';
import { startServer } from '../tools/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const SIZE = Math.round((Number(opt('--mb')) || 10) * 1_000_000);
const JSON_OUT = argv.includes('--json');

/** News text: the shared Wikinews articles if present, else the page's own samples. */
async function newsText() {
  const articles = join(ROOT, '../shared/data/articles');
  const from = async (dir, names) => Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
  try {
    const names = (await readdir(articles)).filter((n) => n.endsWith('.txt')).sort();
    if (names.length) return { source: `Wikinews, ${names.length} articles`, texts: await from(articles, names) };
  } catch { /* absent: use the samples */ }
  const samples = join(ROOT, 'www/samples');
  const names = (await readdir(samples)).filter((n) => n.endsWith('.txt')).sort();
  return { source: `www/samples, ${names.length} texts`, texts: await from(samples, names) };
}

/** Sum of PSS (KiB) over the processes descending from `root`. */
async function treePss(root) {
  const children = new Map();
  for (const pid of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(pid));
  }
  let total = 0;
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop();
    stack.push(...(children.get(pid) ?? []));
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
    const m = /^Pss:\s+(\d+) kB/m.exec(rollup);
    if (m) total += Number(m[1]);
  }
  return total;
}

const { source, texts } = await newsText();
let big = '';
for (let i = 0; big.length < SIZE; i++) big += texts[i % texts.length] + '\n\n';
big = big.slice(0, SIZE);

const server = await startServer(join(ROOT, 'www'), 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let peakPss = 0;
let sampling = true;
const sampler = (async () => {
  while (sampling) {
    peakPss = Math.max(peakPss, await treePss(process.pid));
    await new Promise((r) => setTimeout(r, 100));
  }
})();

try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'done', null, { timeout: 60_000 });
  const idlePss = await treePss(process.pid);
  const result = await page.evaluate(async (text) => {
    const input = document.getElementById('input');
    const status = document.getElementById('status');
    const view = document.getElementById('view');
    const statuses = new Set();
    const frames = [];
    let firstMark = null;
    const t0 = performance.now();
    const watcher = new MutationObserver(() => {
      statuses.add(status.textContent);
      if (firstMark === null && view.querySelector('mark') && view.textContent.length > 100_000) {
        firstMark = performance.now() - t0;
      }
    });
    watcher.observe(status, { childList: true, characterData: true, subtree: true });
    watcher.observe(view, { childList: true });
    let done = false;
    const tick = (t) => { frames.push(t); if (!done) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    // A paste as the browser delivers it (the page decides where the text goes).
    input.focus();
    input.select();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    await new Promise((resolve) => {
      const check = () => (status.dataset.state === 'done' ? resolve() : setTimeout(check, 20));
      check();
    });
    const total = performance.now() - t0;
    done = true;
    watcher.disconnect();
    const gaps = frames.slice(1).map((t, i) => t - frames[i]);
    const marks = view.querySelectorAll('mark.fl').length;
    // Jumps: to pieces spread over the text, timed until the piece shows highlights.
    const blocks = [...view.querySelectorAll(':scope > .piece')];
    const jumps = [];
    for (const f of [0.9, 0.3, 0.7, 0.5, 0.1]) {
      const block = blocks[Math.floor(f * (blocks.length - 1))];
      const t = performance.now();
      block.scrollIntoView();
      while (!block.querySelector('mark') && performance.now() - t < 5000) {
        await new Promise((r) => requestAnimationFrame(r));
      }
      jumps.push(performance.now() - t);
    }
    // A steady scroll from the top: 800 px a frame for 3 s.
    view.scrollTop = 0;
    await new Promise((r) => setTimeout(r, 300));
    const scrollFrames = [];
    await new Promise((resolve) => {
      const t = performance.now();
      const step = (now) => {
        scrollFrames.push(now);
        view.scrollTop += 800;
        if (now - t < 3000) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    const scrollGaps = scrollFrames.slice(1).map((t, i) => t - scrollFrames[i]);
    return {
      jumps: jumps.sort((a, b) => a - b),
      scrollMaxGap: Math.max(0, ...scrollGaps),
      scrolledPx: view.scrollTop,
      total,
      firstMark: firstMark ?? total,
      maxGap: Math.max(0, ...gaps),
      late: gaps.filter((g) => g > 100).length / Math.max(1, gaps.length),
      statuses: statuses.size,
      finalStatus: status.textContent,
      marks,
      counted: ['entity', 'quote', 'number']
        .map((k) => Number(document.getElementById(`count-${k}`).textContent.replace(/,/g, '')))
        .reduce((x, y) => x + y),
      same: view.textContent === text,
    };
  }, big);
  // The engine's memory, from inside its worker (the same module instance the worker uses).
  const worker = page.workers().find((w) => w.url().endsWith('/worker.js'));
  result.wasmBytes = await worker?.evaluate(async () => (await import('./factlight.js')).memoryBytes());
  sampling = false;
  await sampler;
  // For comparison: the same text in one annotate() call, in a fresh page's engine.
  const page2 = await context.newPage();
  await page2.goto(origin + '/');
  await page2.waitForFunction(() => document.getElementById('status').dataset.state === 'done', null, { timeout: 60_000 });
  const worker2 = page2.workers().find((w) => w.url().endsWith('/worker.js'));
  const whole = await worker2.evaluate(async (text) => {
    const engine = await import('./factlight.js');
    const t0 = performance.now();
    const found = new engine.Annotator().annotate(text).length;
    return { ms: performance.now() - t0, found, bytes: engine.memoryBytes() };
  }, big);
  const mb = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
  const rows = [
    ['text', `${big.length.toLocaleString('en')} characters of ${source}, pasted at once`],
    ['first highlight of the new text in the view', `${(result.firstMark / 1000).toFixed(2)} s`],
    ['done (every piece annotated; highlights drawn near the viewport)', `${(result.total / 1000).toFixed(2)} s`],
    ['status updates while annotating', String(result.statuses)],
    ['longest gap between frames (main thread)', `${Math.round(result.maxGap)} ms`],
    ['frames later than 100 ms', `${(100 * result.late).toFixed(1)}%`],
    ['highlights counted; drawn, near the viewport; view text equals the paste', `${result.counted.toLocaleString('en')}; ${result.marks.toLocaleString('en')}; ${result.same}`],
    ['jump to a far piece: until its highlights show (5 jumps, median; slowest)', `${Math.round(result.jumps[2])} ms; ${Math.round(result.jumps[4])} ms`],
    ['scrolling 800 px a frame for 3 s: longest gap between frames', `${Math.round(result.scrollMaxGap)} ms (${(result.scrolledPx / 1000).toFixed(0)},000 px)`],
    ['engine memory (wasm, peak)', result.wasmBytes ? mb(result.wasmBytes / 1024) : 'not reported'],
    ['the same text in one annotate() call instead: engine time; memory', `${(whole.ms / 1000).toFixed(2)} s; ${mb(whole.bytes / 1024)}`],
    ['browser memory (PSS of all processes): idle on the sample, peak', `${mb(idlePss)}, ${mb(peakPss)}`],
  ];
  if (JSON_OUT) console.log(JSON.stringify({ size: big.length, idlePss, peakPss, ...result, whole }));
  else {
    console.log('| measure | value |\n| --- | --- |');
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
    console.log(`\nfinal status: ${result.finalStatus}`);
  }
  await context.close();
} finally {
  sampling = false;
  await browser.close();
  server.close();
}
