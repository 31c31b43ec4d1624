// Where the wasm engine's time goes, function by function, in Chromium's sampling profiler.
//
//   ./x build && node bench/profile.mjs [--top N] [--text wikinews|conll] [--save FILE.cpuprofile]
//
// Profiles cargo's build, target/wasm32-unknown-unknown/release/factlight_wasm.wasm, which
// keeps the function names that wasm-opt strips from www/pkg (the code is the same; only
// wasm-opt's rewriting is missing, and it changes the speed by less than the machine's
// noise). wasm-bindgen writes its glue into target/profile-www/pkg/, beside a copy of
// www/factlight.js; the page then annotates the
// Wikinews articles and CoNLL-2003 eng.testb (target/bench-texts/, as bench/compare.mjs
// reads them) under the DevTools protocol's profiler. Prints each function's share of the
// samples (self), then the share of some groups (a sample counts for a group when a function
// of that group is anywhere on its stack). `--save` keeps the profile for DevTools.
import { execFileSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tools/chromium.mjs';
import { startServer } from '../tools/serve.mjs';

const HERE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const top = Number(option('--top')) || 30;

// The page's own API module next to that glue, so the profile includes unpacking the
// results into objects in JS, as a page pays it.
execFileSync('wasm-bindgen', [
  '--target', 'web', '--no-typescript', '--keep-debug', '--out-dir', join(HERE, 'target/profile-www/pkg'),
  join(HERE, 'target/wasm32-unknown-unknown/release/factlight_wasm.wasm'),
], { stdio: 'inherit', env: { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.env.PATH}` } });

await copyFile(join(HERE, 'www/factlight.js'), join(HERE, 'target/profile-www/factlight.js'));

const wikinews = await readFile(join(HERE, 'target/bench-texts/wikinews.txt'), 'utf8');
const conll = await readFile(join(HERE, 'target/bench-texts/conll-testb.txt'), 'utf8');
// `--text wikinews` or `--text conll` profiles one text alone (they spend their time apart).
const texts = { wikinews: [wikinews], conll: [conll] }[option('--text')] ?? [wikinews, conll];

const server = await startServer(HERE, 0);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let profile;
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/www/index.html`);
  await page.evaluate(async (texts) => {
    const api = await import('/target/profile-www/factlight.js');
    await api.init('/target/profile-www/pkg/factlight_wasm_bg.wasm');
    window.engine = new api.Annotator();
    // Warm up, so the profile shows optimised code rather than the baseline tier.
    for (let i = 0; i < 5; i++) for (const t of texts) window.engine.annotate(t);
  }, texts);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); // microseconds
  await cdp.send('Profiler.start');
  const ms = await page.evaluate((texts) => {
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) for (const t of texts) window.engine.annotate(t);
    return performance.now() - t0;
  }, texts);
  ({ profile } = await cdp.send('Profiler.stop'));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  console.log(`${((20 * bytes) / 1e3 / ms).toFixed(2)} MB/s while profiled\n`);
} finally {
  await browser.close();
  server.close();
}
if (option('--save')) await writeFile(option('--save'), JSON.stringify(profile));

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (id) => nodes.get(id).callFrame.functionName || '(anonymous)';
const groups = [
  ['binding: results packed (packed::pack, Strings)', /factlight_wasm::packed::/],
  ['binding: unpacked into JS objects (unpack)', /^unpack$/],
  ['entities (all)', /detect::entities/],
  ['  entities: tagger emissions', /entities::model::Model::emi/],
  ['  entities: features', /entities::features/],
  ['  entities: Viterbi', /entities::tagger::/],
  ['  entities: document rules (refine)', /entities::refine::/],
  ['  entities: names linked (group)', /entities::group/],
  ['numbers', /detect::numbers/],
  ['quotes', /detect::quotes/],
  ['tokenizer', /text::tokens/],
  ['merging the detectors (resolve)', /annotator::resolve/],
  ['regex', /regex_automata|regex::/],
  ['allocator', /dlmalloc|__rust_alloc|__rust_dealloc|__rust_realloc|__rdl_/],
];
const self = new Map();
const inGroup = new Map(groups.map(([g]) => [g, 0]));
for (const id of profile.samples) {
  self.set(name(id), (self.get(name(id)) ?? 0) + 1);
  const hit = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) {
    for (const [g, re] of groups) if (re.test(name(x))) hit.add(g);
  }
  for (const g of hit) inGroup.set(g, inGroup.get(g) + 1);
}
const pct = (n) => `${((100 * n) / profile.samples.length).toFixed(1).padStart(5)}%`;
console.log('self time:');
for (const [f, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(n)}  ${f.slice(0, 140)}`);
console.log('\ngroups (anywhere on the stack):');
for (const [g, n] of inGroup) console.log(`${pct(n)}  ${g}`);
