// The browser extension end to end in Debian's Chromium: tools/extension.mjs builds it, it is
// loaded unpacked (launchPersistentContext + --load-extension), and a news-like page built at
// test time from a Wikinews article (navigation, links, <em> splitting names, an aside, a
// footer, and a CSP that allows no script at all) is highlighted through the same toggle the
// toolbar button calls. Checked through the document's CSS.highlights registry, which the
// content script's isolated world shares with the page: the expected entities, quotes and
// numbers are painted, only inside the article, and the page's DOM is unchanged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS, watch } from './harness.mjs';
import { buildExtension } from '../../tools/extension.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = join(ROOT, 'target', 'e2e');
const ARTICLE = resolve(ROOT, '..', 'shared', 'data', 'articles', '001.txt');
const article = await access(ARTICLE).then(() => true, () => false);
const skip = article ? false : `the Wikinews article ${ARTICLE} is absent (it is not committed); skipping`;

let tmp;
let server;
let origin;
let context;
let extDir;

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news-like page around the article: the text is the article's, the furniture is ours. */
function newsPage(raw) {
  const [title, ...rest] = raw.replace(/\r\n?/g, '\n').split('\n');
  const blocks = rest.join('\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const date = blocks.shift();
  const inline = (html, plain, marked) => {
    assert.ok(html.includes(plain), `the article contains ${plain}`);
    return html.replace(plain, marked);
  };
  let body = blocks.map((b) => `      <p>${esc(b)}</p>`).join('\n');
  // Inline tags that split names: between words, and in the middle of a word.
  body = inline(body, 'President Vladimir Putin', 'President <a href="#putin">Vladimir</a>\n        <em>Putin</em>');
  body = inline(body, 'Veronika Skvortsova', 'Veronika <em>Skvor</em>tsova');
  body = inline(body, 'one million rubles', '<strong>one million</strong> rubles');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
  <link rel="icon" href="data:,">
  <title>${esc(title)} | Example News</title>
  <style>
    body { font: 17px/1.55 Georgia, serif; margin: 0; color: #222; background: #fff; }
    header.site, footer { background: #1f2a44; color: #fff; padding: 0.6rem 2rem; }
    header.site a, footer a { color: #cfe; margin-right: 1rem; }
    .wrap { display: grid; grid-template-columns: 1fr 15rem; gap: 2rem; padding: 1rem 2rem; max-width: 64rem; }
    aside { font: 14px/1.4 sans-serif; border-left: 1px solid #ccc; padding-left: 1rem; }
    .date { color: #666; font-style: italic; }
  </style>
</head>
<body>
  <header class="site">
    <strong>Example News</strong>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/russia">Russia</a>
      <a href="/europe">Europe</a> <a href="/london">London desk</a></nav>
  </header>
  <div class="wrap">
    <article id="story">
      <h1>${esc(title)}</h1>
      <p class="date">${esc(date)}</p>
${body}
    </article>
    <aside>
      <h2>Most read</h2>
      <ul><li><a href="/a">Angela Merkel visits Paris with 300 delegates</a></li>
        <li><a href="/b">"We will win," says Emmanuel Macron</a></li></ul>
    </aside>
  </div>
  <footer>© 2019 Example News Ltd, London. <a href="/contact">Contact Jane Doe</a> · 12 Fleet Street</footer>
</body>
</html>
`;
}

before(async () => {
  if (skip) return;
  tmp = await mkdtemp(join(tmpdir(), 'factlight-ext-'));
  extDir = join(tmp, 'extension');
  // The test build adds host_permissions for 127.0.0.1: headless, no one can press the
  // toolbar button, which is what grants activeTab to the same toggle.
  await buildExtension({ out: extDir, testHosts: ['http://127.0.0.1/*'] });
  const site = join(tmp, 'site');
  await mkdir(site);
  await writeFile(join(site, 'index.html'), newsPage(await readFile(ARTICLE, 'utf8')));
  server = await startServer(site, 0);
  origin = `http://127.0.0.1:${server.address().port}`;
  await mkdir(SHOTS, { recursive: true });
  context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    viewport: { width: 1280, height: 800 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
});

after(async () => {
  await context?.close();
  if (server) await new Promise((done) => server.close(done));
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** What the document's CSS.highlights registry holds, read from the page's main world. */
const painted = (page) => page.evaluate(() => {
  const story = document.getElementById('story');
  const out = { names: [...CSS.highlights.keys()].filter((k) => k.startsWith('factlight')), outside: [] };
  for (const kind of ['entity', 'quote', 'number']) {
    const h = CSS.highlights.get(`factlight-${kind}`);
    // Range.toString() is the DOM's raw text: the source's line break between tags stays.
    out[kind] = h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ')) : [];
    for (const r of h ?? []) if (!story.contains(r.commonAncestorContainer)) out.outside.push(r.toString());
  }
  return out;
});

test('the extension highlights the article without touching the page', { skip }, async () => {
  const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionId = new URL(sw.url()).host;
  const page = await context.newPage();
  const { errors, requests } = watch(context, page);
  // The page's CSP allows no script; the extension must not trip it either.
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/`);
  const before = await page.evaluate(() => ({
    story: document.getElementById('story').outerHTML,
    body: document.body.outerHTML,
    htmlChildren: document.documentElement.children.length,
  }));
  assert.deepEqual((await painted(page)).names, [], 'nothing painted before the toggle');

  // The toolbar button's own function, in the service worker.
  const tabId = await sw.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, `${origin}/`);
  assert.ok(tabId, 'the tab is found');
  const summary = await sw.evaluate((id) => globalThis.toggle(id), tabId);
  assert.equal(summary.on, true, `highlighting is on: ${JSON.stringify(summary)}`);
  assert.equal(summary.root, 'article#story', 'the article was found, not the whole page');

  const p = await painted(page);
  assert.deepEqual(p.names.sort(), ['factlight-entity', 'factlight-number', 'factlight-quote']);
  // Names split by <a>/<em> (between words and mid-word) are one highlight each.
  assert.ok(p.entity.includes('Vladimir Putin'), `Vladimir Putin in ${JSON.stringify(p.entity)}`);
  assert.ok(p.entity.includes('Veronika Skvortsova'), 'Veronika <em>Skvor</em>tsova');
  assert.ok(p.entity.includes('Russia'));
  assert.ok(p.entity.includes('Alexander Chupriyan'));
  assert.ok(p.quote.includes('"The search and rescue operation is complete,"'), `quotes: ${JSON.stringify(p.quote)}`);
  assert.ok(p.quote.includes('"presumably between 36 and 40 people under the rubble"'));
  assert.ok(p.number.includes('over 1,000'), `numbers: ${JSON.stringify(p.number)}`);
  assert.ok(p.number.includes('one million rubles'), '<strong>one million</strong> rubles is one number');
  assert.ok(p.number.includes('24 hours'));
  assert.deepEqual(p.outside, [], 'nothing painted in the navigation, aside or footer');
  assert.deepEqual(summary.counts, { entity: p.entity.length, quote: p.quote.length, number: p.number.length });

  const after = await page.evaluate(() => ({
    story: document.getElementById('story').outerHTML,
    body: document.body.outerHTML,
    htmlChildren: document.documentElement.children.length,
  }));
  assert.deepEqual(after, before, 'the page DOM is unchanged: no element added, moved or altered');

  // Hover: the details come from hit-testing, in the one element added (outside <body>).
  const spot = await page.evaluate(() => {
    const r = [...CSS.highlights.get('factlight-number')].find((x) => x.toString() === 'over 1,000');
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const b = r.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(spot.x, spot.y);
  await page.waitForFunction(() => document.querySelector('factlight-popup'));
  assert.equal(await page.evaluate(() => document.body.outerHTML), before.body, 'the popup host is not in <body>');
  assert.equal(await page.evaluate(() => document.querySelector('factlight-popup').shadowRoot), null, 'its shadow root is closed');
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(SHOTS, 'extension.png') });

  // The popup (opened as a tab: ?tab= names the page's tab): counts, lists, kind toggles.
  const popup = await context.newPage();
  popup.on('pageerror', (e) => errors.push(`popup: ${e.message}`));
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => document.body.dataset.state === 'on');
  for (const kind of ['entity', 'quote', 'number']) {
    assert.equal(await popup.textContent(`#count-${kind}`), String(summary.counts[kind]), `${kind} count in the popup`);
  }
  assert.match(await popup.textContent('#entities'), /Vladimir Putin/);
  assert.match(await popup.textContent('#quoted'), /Alexander Chupriyan \(1\)/);
  await popup.screenshot({ path: join(SHOTS, 'extension-popup.png') });
  await popup.uncheck('input[data-kind="number"]');
  await page.waitForFunction(() => !CSS.highlights.has('factlight-number') && CSS.highlights.has('factlight-entity'));
  await popup.check('input[data-kind="number"]');
  await page.waitForFunction(() => CSS.highlights.has('factlight-number'));

  // The page changes: the new paragraph is painted after the debounce.
  await page.evaluate(() => {
    const para = document.createElement('p');
    para.textContent = 'Later, Angela Merkel said "We stand with Russia" in Berlin.';
    document.getElementById('story').append(para);
  });
  await page.waitForFunction(() =>
    [...CSS.highlights.get('factlight-entity')].some((r) => r.toString() === 'Angela Merkel'), null, { timeout: 10_000 });
  const changed = await page.evaluate(() => document.body.outerHTML);

  // Off, through the popup's switch (the same toggle): nothing of ours is left.
  await popup.click('#switch');
  await popup.waitForFunction(() => document.body.dataset.state === 'off');
  const off = await page.evaluate(() => ({
    names: [...CSS.highlights.keys()].filter((k) => k.startsWith('factlight')),
    hosts: document.querySelectorAll('factlight-popup').length,
    body: document.body.outerHTML,
  }));
  assert.deepEqual(off, { names: [], hosts: 0, body: changed }, 'off removes every highlight and the popup host');
  // On again: the content script is reused, and the new text is there.
  const again = await sw.evaluate((id) => globalThis.toggle(id), tabId);
  assert.equal(again.on, true);
  assert.ok(again.counts.entity > summary.counts.entity, 'the added paragraph is counted');

  assert.deepEqual(errors, [], 'no errors on the page or in the popup');
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violations on the page');
  const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith(`chrome-extension://${extensionId}/`));
  assert.deepEqual(foreign, [], 'no requests beyond the page itself and the extension');
  await popup.close();
  await page.close();
});

test('the store zip holds exactly the unpacked build', { skip }, async () => {
  const { out, zip } = await buildExtension({ zip: true });
  const bytes = await readFile(zip);
  assert.equal(bytes.readUInt32LE(0), 0x04034b50, 'a zip file');
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.permissions, ['activeTab', 'scripting']);
  assert.equal(manifest.host_permissions, undefined, 'the store build asks for no hosts');
  assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  for (const f of ['manifest.json', 'background.js', 'content.js', 'highlight.classic.js', 'highlight.css', 'popup.html', 'icon-128.png', 'factlight.js', 'pkg/factlight_wasm_bg.wasm']) {
    assert.ok(bytes.includes(Buffer.from(f)), `${f} in the zip`);
  }
});
