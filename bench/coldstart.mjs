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
// --against DIR also loads another checkout's page (built there: DIR/www/pkg), alternating
// with this one in batches of three loads, so that a busy machine weighs on both alike, and
// prints both medians; --breakdown, --warm and --json then describe this checkout's loads.
//
//   node bench/coldstart.mjs [--loads N] [--breakdown] [--warm] [--json] [--root DIR] [--against DIR]
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
const AGAINST = opt('--against') && resolve(opt('--against'));
const sites = [{ root: ROOT, server: await startServer(join(ROOT, 'www'), 0), loads: [] }];
if (AGAINST) {
  const { startServer: startOther } = await import(join(AGAINST, 'tools/serve.mjs'));
  sites.push({ root: AGAINST, server: await startOther(join(AGAINST, 'www'), 0), loads: [] });
}
const loads = sites[0].loads;
const BATCH = AGAINST ? 3 : LOADS;

/** One load of `site`'s page in a fresh context, added to `site.loads`. */
async function measure(site) {
  const origin = `http://127.0.0.1:${site.server.address().port}`;
  const loads = site.loads;
  const WARM_HERE = WARM && site === sites[0];
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
  if (WARM_HERE) {
    const statuses = [];
    page.on('response', (r) => statuses.push(r.status()));
    await page.reload();
    const again = await page.waitForFunction(() => window.__firstHighlight, null, { timeout: 30_000 });
    warm.push({ ...(await again.jsonValue()), notModified: statuses.filter((s) => s === 304).length });
  }
  await context.close();
}

try {
  for (let done = 0; done < LOADS; done += BATCH) {
    for (const site of sites) {
      for (let k = 0; k < Math.min(BATCH, LOADS - done); k++) await measure(site);
    }
  }
} finally {
  await browser.close();
  for (const site of sites) site.server.close();
}

const ins = loads.map((l) => l.inserted);
if (JSON_OUT) console.log(JSON.stringify(loads, null, 1));
/** The summary line of one site's loads. */
function summary(loads) {
  const ins = loads.map((l) => l.inserted);
  return `cold start, ${loads.length} fresh contexts: first <mark> inserted median ${median(ins).toFixed(0)} ms ` +
    `(range ${Math.min(...ins).toFixed(0)}-${Math.max(...ins).toFixed(0)}); next frame median ` +
    `${median(loads.map((l) => l.frame)).toFixed(0)} ms; the engine's first result median ` +
    `${median(loads.map((l) => l.engine.inserted)).toFixed(0)} ms`;
}
if (AGAINST) {
  for (const site of sites) console.log(`${site.root}:\n  ${summary(site.loads)}`);
  const ratio = (f) => (median(sites[0].loads.map(f)) / median(sites[1].loads.map(f))).toFixed(3);
  console.log(`this / other, medians: first <mark> ${ratio((l) => l.inserted)}, next frame ${ratio((l) => l.frame)}, ` +
    `the engine's first result ${ratio((l) => l.engine.inserted)} (loads alternated in batches of ${BATCH})`);
} else {
  console.log(summary(loads));
}
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
