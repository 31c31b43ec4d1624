// Shared by the browser tests: Debian's Chromium through playwright-core, the project's
// static server, and a page wrapper that records everything that must never happen.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tools/chromium.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = join(ROOT, 'www');
export const SHOTS = join(ROOT, 'target', 'e2e');

export { CHROMIUM, CHROMIUM_ARGS };

/** Serves `dir` on a free loopback port and launches Chromium; `close()` stops both. */
export async function startBrowser(dir = WWW) {
  const server = await startServer(dir, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  await mkdir(SHOTS, { recursive: true });
  const close = async () => {
    await browser.close();
    await new Promise((done) => server.close(done));
  };
  return { server, origin, browser, close };
}

/**
 * Records what a page must never do: console errors and uncaught exceptions (its workers'
 * too), dialogs (dismissed), and every request of `context`.
 */
export function watch(context, page) {
  const seen = { errors: [], dialogs: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => seen.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  context.on('request', (r) => seen.requests.push(r.url()));
  page.on('worker', (w) => w.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(`worker console: ${m.text()}`);
  }));
  return seen;
}

/**
 * Opens `base + path` in a fresh context and records everything that must not happen:
 * console errors, uncaught exceptions, dialogs (alert), CSP violations, requests off the
 * server. `seen.check()` asserts none happened.
 */
export async function openPage(browser, origin, { colorScheme = 'light', path = '/', base = origin } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  const seen = watch(context, page);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(base + path);
  seen.check = async () => {
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'CSP violations');
    assert.deepEqual(seen.errors, [], 'console errors');
    assert.deepEqual(seen.dialogs, [], 'dialogs opened (script ran)');
    const foreign = seen.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'requests to anything but the local server');
  };
  return { context, page, seen };
}

/** Waits until the page shows the result for the textarea's current text. */
export async function waitAnnotated(page, timeout = 60_000) {
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'done', null, { timeout });
}

/** Replaces the textarea's text the way a paste does: at once, with one input event. */
export async function paste(page, text) {
  await page.evaluate((t) => {
    const input = document.getElementById('input');
    input.focus();
    input.value = t;
    input.setSelectionRange(t.length, t.length);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/**
 * A built page's HTML (tools/page-html.mjs) as `page`'s browser parses it: the sample data
 * in it, its text box, its view and counts, and whether the view is, node for node, what
 * render.js draws from that data.
 */
export async function readBuiltPage(page, html) {
  return page.evaluate(async (html) => {
    const { renderAnnotated } = await import('/render.js');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const data = JSON.parse(doc.getElementById('prerendered').textContent);
    const drawn = document.createElement('article');
    renderAnnotated(drawn, data.text, data.annotations);
    drawn.normalize(); // as parsed HTML has it: no two text nodes side by side
    const view = doc.getElementById('view');
    const kinds = ['entity', 'quote', 'number'];
    return {
      text: data.text,
      annotations: data.annotations.length,
      selected: doc.querySelector('#sample option[selected]')?.value,
      textBox: doc.getElementById('input').value,
      viewText: view.textContent,
      marks: view.querySelectorAll('mark').length,
      onlyMarks: [...view.querySelectorAll('*')].every((e) => e.tagName === 'MARK'),
      sameNodes: view.childNodes.length === drawn.childNodes.length &&
        [...view.childNodes].every((node, i) => node.isEqualNode(drawn.childNodes[i])),
      counts: kinds.map((k) => doc.getElementById(`count-${k}`).textContent),
      want: kinds.map((k) => String(data.annotations.filter((a) => a.kind === k).length)),
      scripts: [...doc.scripts].map((s) => s.id || s.src.replace(/^.*\//, '')),
    };
  }, html);
}
