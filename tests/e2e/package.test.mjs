// The npm package end to end: tools/package.mjs assembles it, `npm pack` packs it, a fresh
// folder installs the tarball, and Chromium runs it twice: (a) from a plain
// <script type="module"> with an import map, no bundler, and (b) after `vite build` of an app
// that imports 'factlight'. Each annotates a text and paints the highlight renderer over
// inline markup that splits names (checked through CSS.highlights), with hover details, a
// re-paint after a DOM change, and a clean off().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS, watch } from './harness.mjs';
import { buildPackage } from '../../tools/package.mjs';

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

let dir; // the consumer's fresh folder
let browser;
let version;

// The consumer's app, the same for both ways of loading the package.
const APP = `
import { init, annotate, Annotator } from 'factlight';
import { highlight, findArticle, HIGHLIGHT_NAMES } from 'factlight/highlight';

const TEXT = 'Ahmed Al Kanani said "We don\\'t want them anymore" in Baghdad on Monday, where about 5,200 troops remain.';
try {
  await init();
  const article = document.getElementById('article');
  const before = article.outerHTML;
  const hl = await highlight(article, { delay: 50 });
  window.factlight = { hl, HIGHLIGHT_NAMES };
  window.result = {
    annotations: annotate(TEXT),
    reusable: new Annotator().annotate(TEXT).length,
    painted: Object.fromEntries(Object.entries(HIGHLIGHT_NAMES).map(([kind, name]) =>
      [kind, [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString())])),
    unchanged: article.outerHTML === before,
    counts: hl.counts,
    entities: hl.entities.map((e) => e.name),
    quoted: hl.quotes.map((q) => q.speaker),
    found: findArticles(),
  };
} catch (e) {
  window.result = { error: String(e && e.stack || e) };
}

// findArticle on pages with no <article> (the densest block wins over menus and footers)
// and with several (the one with the most prose wins over teasers).
function findArticles() {
  const para = '<p>The council met on Monday and agreed the harbour budget after a long debate in the town hall.</p>';
  const links = '<a href="#">Section</a> '.repeat(40);
  const parse = (html) => new DOMParser().parseFromString(html, 'text/html');
  const noArticle = parse('<body><div id="menu"><p>' + links + '</p></div><div id="content">' + para.repeat(4) +
    '</div><footer id="foot">' + para.repeat(6) + '</footer></body>');
  const several = parse('<body><article id="teaser">' + para + '</article><main><article id="main">' +
    para.repeat(5) + '</article></main><article id="teaser2">' + para + '</article></body>');
  return [findArticle(noArticle).id, findArticle(several).id];
}
`;

// Names split by inline tags mid-name and mid-word; a nav the renderer must skip.
const BODY = `
<nav id="nav"><a href="#">Home</a> <a href="#">Paris</a> <a href="#">London</a></nav>
<article id="article">
  <p>Ahmed <a href="#kanani">Al</a> <em>Kan</em>ani said "We don't want them anymore" in
    <strong>Bagh</strong>dad on Monday, where about 5,200 troops remain.</p>
  <p>Mayor Eleanor Treloar visited Tokyo on 3 May 2024 with 1,200 people.</p>
</article>`;

before(async () => {
  const made = await buildPackage(join(ROOT, 'target', 'npm', 'factlight'));
  version = made.version;
  dir = await mkdtemp(join(tmpdir(), 'factlight-consumer-'));
  const { stdout } = await run('npm', ['pack', '--pack-destination', dir, made.out], { cwd: dir });
  const tarball = join(dir, stdout.trim().split('\n').pop());
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // The package has no dependencies, so the install needs no registry.
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: dir });

  // (a) no bundler: an import map points the bare names at node_modules.
  await mkdir(join(dir, 'plain'));
  await writeFile(join(dir, 'plain', 'index.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>plain</title>
<script type="importmap">{"imports": {
  "factlight": "../node_modules/factlight/factlight.js",
  "factlight/highlight": "../node_modules/factlight/highlight.js"}}</script>
<script type="module" src="./main.js"></script>
<body>${BODY}</body>`);
  await writeFile(join(dir, 'plain', 'main.js'), APP);

  // (b) Vite 7 resolves 'factlight' from node_modules and emits the .wasm as an asset.
  await writeFile(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>vite</title>
<script type="module" src="./main.js"></script>
<body>${BODY}</body>`);
  await writeFile(join(dir, 'main.js'), APP);
  await run(process.execPath, [VITE, 'build', '--logLevel', 'warn'], { cwd: dir });

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Serves `root`, opens `path`, waits for the app's result and runs the shared checks. */
async function check(root, path) {
  const server = await startServer(root, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext({ viewport: { width: 900, height: 500 } });
  const page = await context.newPage();
  const { errors, requests } = watch(context, page);
  try {
    await page.goto(origin + path);
    await page.waitForFunction(() => window.result, null, { timeout: 60_000 });
    const r = await page.evaluate(() => window.result);
    assert.equal(r.error, undefined, `the app failed: ${r.error}`);
    const has = (kind, label, text) =>
      r.annotations.some((a) => a.kind === kind && (!label || a.label === label) && a.text === text);
    assert.ok(has('entity', 'PER', 'Ahmed Al Kanani'), 'PER Ahmed Al Kanani');
    assert.ok(has('entity', 'LOC', 'Baghdad'), 'LOC Baghdad');
    assert.ok(has('number', null, 'about 5,200 troops') || r.annotations.some((a) => a.kind === 'number' && a.text.includes('5,200')), 'a number with 5,200');
    assert.ok(r.annotations.some((a) => a.kind === 'quote' && a.text.startsWith('"We don')), 'the quote');
    assert.equal(r.reusable, r.annotations.length, 'Annotator and annotate() agree');

    // The renderer: one highlight per name although <a>, <em> and <strong> split them.
    assert.ok(r.painted.entity.includes('Ahmed Al Kanani'), `entity ranges: ${JSON.stringify(r.painted.entity)}`);
    assert.ok(r.painted.entity.includes('Baghdad'), 'Bagh<strong>dad</strong> is one highlight');
    assert.ok(r.painted.entity.includes('Eleanor Treloar'));
    assert.ok(r.painted.number.some((t) => t.includes('5,200')), 'number painted');
    assert.ok(r.painted.quote.some((t) => t.startsWith('"We don')), 'quote painted');
    assert.ok(!r.painted.entity.some((t) => t === 'Paris' || t === 'London'), 'the nav outside root is not painted');
    assert.ok(r.unchanged, 'the article DOM is unchanged by painting');
    assert.deepEqual(r.counts, {
      entity: r.painted.entity.length, quote: r.painted.quote.length, number: r.painted.number.length,
    }, 'every annotation is painted');
    assert.ok(r.entities.includes('Ahmed Al Kanani'));
    assert.ok(r.quoted.includes('Ahmed Al Kanani'), `who is quoted: ${r.quoted}`);
    assert.deepEqual(r.found, ['content', 'main'], 'findArticle picks the article body');

    // Hover: the pointer over "Baghdad" brings its details in the one added element.
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('factlight-entity')].find((x) => x.toString() === 'Baghdad');
      const b = range.getClientRects()[0];
      return { x: b.left + b.width * 0.75, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.waitForFunction(() => window.factlight.hl.hovered?.text === 'Baghdad');
    assert.equal(await page.evaluate(() => document.querySelectorAll('factlight-popup').length), 1);
    assert.equal(await page.evaluate(() => document.querySelector('factlight-popup').parentElement === document.documentElement), true);
    await page.mouse.move(5, 480);
    await page.waitForFunction(() => window.factlight.hl.hovered === null);

    // A change to the page is re-painted; toggling a kind; off() leaves nothing behind.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Angela Merkel arrived in Berlin.';
      document.getElementById('article').append(p);
    });
    await page.waitForFunction(() =>
      [...CSS.highlights.get('factlight-entity')].some((x) => x.toString() === 'Angela Merkel'));
    const toggled = await page.evaluate(() => {
      const { hl } = window.factlight;
      hl.setKinds(['entity']);
      const hidden = !CSS.highlights.has('factlight-number') && CSS.highlights.has('factlight-entity');
      hl.setKinds(['entity', 'quote', 'number']);
      return hidden && CSS.highlights.has('factlight-number');
    });
    assert.ok(toggled, 'setKinds hides and shows kinds');
    const off = await page.evaluate(() => {
      window.factlight.hl.off();
      return {
        names: [...CSS.highlights.keys()].filter((k) => k.startsWith('factlight')),
        hosts: document.querySelectorAll('factlight-popup').length,
        sheets: document.adoptedStyleSheets.length,
      };
    });
    assert.deepEqual(off, { names: [], hosts: 0, sheets: 0 }, 'off() removes everything');

    assert.deepEqual(errors, [], 'console errors');
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin + '/')), [], 'only the local server');
    return { requests, origin };
  } finally {
    await context.close();
    await new Promise((done) => server.close(done));
  }
}

test('the packed package runs from node_modules with no bundler', async () => {
  const { requests, origin } = await check(dir, '/plain/');
  assert.ok(requests.includes(`${origin}/node_modules/factlight/pkg/factlight_wasm_bg.wasm`), 'wasm fetched from node_modules');
});

test('the packed package works through a Vite 7 build', async () => {
  const assets = await readdir(join(dir, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `vite emitted the wasm: ${assets}`);
  const { requests } = await check(join(dir, 'dist'), '/');
  assert.ok(requests.some((u) => /\/assets\/factlight_wasm_bg-[\w-]+\.wasm$/.test(u)), 'the hashed wasm asset was fetched');
  assert.ok(!requests.some((u) => u.includes('node_modules')), 'nothing from node_modules at run time');
});

test('the package version is the crate version', async () => {
  const { crateInfo } = await import('../../tools/package.mjs');
  assert.equal(version, (await crateInfo()).version);
  const pkg = JSON.parse(await (await import('node:fs/promises')).readFile(join(dir, 'node_modules', 'factlight', 'package.json'), 'utf8'));
  assert.equal(pkg.version, version);
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.exports['.'].types, './factlight.d.ts');
  const installed = await readdir(join(dir, 'node_modules', 'factlight'));
  for (const f of ['factlight.js', 'factlight.d.ts', 'highlight.js', 'highlight.d.ts', 'render.js', 'pkg']) {
    assert.ok(installed.includes(f), `${f} installed`);
  }
});
