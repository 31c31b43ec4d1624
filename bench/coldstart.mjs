// Cold start of the built page alone, by the same method as bench/run.mjs: www/ served by
// tools/serve.mjs, a fresh browser context per load (empty HTTP cache), an init script whose
// MutationObserver notes performance.now() when the first <mark> enters the document and at
// the next animation frame; the median of the loads is reported.
//
// It also says where the time goes: each request's start and end (request.timing()) and the
// performance marks the page and its worker set ('fl:*'), all in ms since navigation start.
//
// --warm also reloads each page once in its context and times that repeat visit (the HTTP
// cache revalidates with the server's ETags; V8 may reuse its compiled wasm code).
//
//   node bench/coldstart.mjs [--loads N] [--breakdown] [--warm] [--json] [--root DIR]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tools/chromium.mjs';
import { median, watchFirstHighlight } from './measure.mjs';

const argv = process.argv.slice(2);
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
// --root DIR: measure another checkout's page and server (an older commit, for comparison).
const ROOT = resolve(opt('--root') ?? resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const { startServer } = await import(join(ROOT, 'tools/serve.mjs'));

const LOADS = Number(opt('--loads')) || 9;
const BREAKDOWN = argv.includes('--breakdown');
const JSON_OUT = argv.includes('--json');
const WARM = argv.includes('--warm');
const warm = [];


// The same browser flags as bench/run.mjs (which also passes --expose-gc for its other part).
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
const server = await startServer(join(ROOT, 'www'), 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const loads = [];
try {
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    await watchFirstHighlight(context);
    const page = await context.newPage();
    const requests = [];
    page.on('requestfinished', async (r) => {
      const t = r.timing();
      const size = await r.sizes().then((s) => s.responseBodySize).catch(() => -1);
      requests.push({ url: r.url().replace(origin, ''), startEpoch: t.startTime, end: t.responseEnd, size,
        encoding: (await r.response())?.headers()['content-encoding'] ?? '' });
    });
    const workers = [];
    page.on('worker', (w) => workers.push(w));
    await page.goto(`${origin}/`);
    const handle = await page.waitForFunction(() => window.__engineResult && window.__firstHighlight, null, { timeout: 30_000 });
    const first = { ...(await handle.jsonValue()), engine: await page.evaluate(() => window.__engineResult) };
    const pageInfo = await page.evaluate(() => ({
      timeOrigin: performance.timeOrigin,
      marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('fl:')).map((m) => [m.name, m.startTime]),
      nav: (() => {
        const n = performance.getEntriesByType('navigation')[0];
        return { responseEnd: n.responseEnd, domInteractive: n.domInteractive, domContentLoaded: n.domContentLoadedEventEnd };
      })(),
      paint: performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]),
    }));
    const marks = [...pageInfo.marks.map(([n, t]) => [`page ${n}`, t])];
    for (const w of workers) {
      const info = await w.evaluate(() => ({
        timeOrigin: performance.timeOrigin,
        marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('fl:')).map((m) => [m.name, m.startTime]),
        measures: performance.getEntriesByType('measure').filter((m) => m.name.startsWith('fl:')).map((m) => [m.name, m.duration]),
      })).catch(() => null);
      if (!info) continue;
      const shift = info.timeOrigin - pageInfo.timeOrigin;
      marks.push([`worker created (timeOrigin)`, shift]);
      for (const [n, t] of info.marks) marks.push([`worker ${n}`, t + shift]);
      for (const [n, d] of info.measures) marks.push([`worker ${n} (duration)`, d]);
    }
    const reqs = requests.map((r) => ({ url: r.url, start: r.startEpoch - pageInfo.timeOrigin,
      end: r.startEpoch - pageInfo.timeOrigin + r.end, size: r.size, encoding: r.encoding }))
      .sort((a, b) => a.start - b.start);
    loads.push({ ...first, nav: pageInfo.nav, paint: pageInfo.paint, marks: marks.sort((a, b) => a[1] - b[1]), requests: reqs });
    if (WARM) {
      const statuses = [];
      page.on('response', (r) => statuses.push(r.status()));
      await page.reload();
      const again = await page.waitForFunction(() => window.__firstHighlight, null, { timeout: 30_000 });
      warm.push({ ...(await again.jsonValue()), notModified: statuses.filter((s) => s === 304).length });
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const ins = loads.map((l) => l.inserted);
const fr = loads.map((l) => l.frame);
if (JSON_OUT) console.log(JSON.stringify(loads, null, 1));
console.log(`cold start, ${LOADS} fresh contexts: first <mark> inserted median ${median(ins).toFixed(0)} ms ` +
  `(range ${Math.min(...ins).toFixed(0)}-${Math.max(...ins).toFixed(0)}); next frame median ${median(fr).toFixed(0)} ms; ` +
  `the engine's first result median ${median(loads.map((l) => l.engine.inserted)).toFixed(0)} ms`);
if (WARM) {
  const wi = warm.map((l) => l.inserted);
  console.log(`repeat visit (reload in the same context): first <mark> median ${median(wi).toFixed(0)} ms ` +
    `(range ${Math.min(...wi).toFixed(0)}-${Math.max(...wi).toFixed(0)}); 304 responses per reload: ${warm.map((l) => l.notModified).join(' ')}`);
}
if (BREAKDOWN) {
  // The load closest to the median, in detail.
  const m = median(ins);
  const l = loads.reduce((best, x) => (Math.abs(x.inserted - m) < Math.abs(best.inserted - m) ? x : best));
  console.log(`\nthe load nearest the median (${l.inserted.toFixed(0)} ms):`);
  console.log(`  html responseEnd ${l.nav.responseEnd.toFixed(0)}, domInteractive ${l.nav.domInteractive.toFixed(0)}, DOMContentLoaded ${l.nav.domContentLoaded.toFixed(0)}`);
  for (const [n, t] of l.paint) console.log(`  ${n} ${t.toFixed(0)}`);
  for (const r of l.requests) console.log(`  request ${r.url.padEnd(32)} ${r.start.toFixed(0).padStart(5)} -> ${r.end.toFixed(0).padStart(5)}  ${r.size} B ${r.encoding}`);
  for (const [n, t] of l.marks) console.log(`  ${n.padEnd(44)} ${t.toFixed(1).padStart(7)}`);
  // Medians of each mark across loads.
  const names = [...new Set(loads.flatMap((x) => x.marks.map(([n]) => n)))];
  console.log('\nmedian over all loads:');
  for (const n of names) {
    const v = loads.map((x) => x.marks.find(([k]) => k === n)?.[1]).filter((x) => x !== undefined);
    console.log(`  ${n.padEnd(44)} ${median(v).toFixed(1).padStart(7)}`);
  }
  const urls = [...new Set(loads.flatMap((x) => x.requests.map((r) => r.url)))];
  for (const u of urls) {
    const rs = loads.map((x) => x.requests.find((r) => r.url === u)).filter(Boolean);
    console.log(`  request ${u.padEnd(32)} ${median(rs.map((r) => r.start)).toFixed(0).padStart(5)} -> ${median(rs.map((r) => r.end)).toFixed(0).padStart(5)}`);
  }
}
