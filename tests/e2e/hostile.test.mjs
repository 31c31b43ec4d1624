// Hostile input on the page and in the engine: known XSS payloads pasted into the page
// show as literal text and run nothing under its CSP; odd and huge texts (1 MB lines,
// 100,000 quote marks, a megabyte of digits, unpaired surrogates, control characters,
// mixed scripts, emoji ZWJ sequences, CR line ends) neither break the wasm engine nor
// shift a single UTF-16 offset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, WWW, startBrowser, openPage, waitAnnotated, paste } from './harness.mjs';

const PAYLOADS = (await readFile(join(ROOT, 'tests', 'hostile', 'xss-payloads.txt'), 'utf8'))
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));

let session;

before(async () => {
  session = await startBrowser(WWW);
});

after(async () => {
  await session?.close();
});

/** The tag names under the reading view: only text and <mark> elements are allowed. */
const viewTags = (page) =>
  page.$$eval('#view *', (els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))].sort());

test(`${PAYLOADS.length} known XSS payloads stay literal text and run nothing`, async () => {
  assert.ok(PAYLOADS.length >= 50, 'the corpus keeps at least 50 payloads');
  const { context, page, seen } = await openPage(session.browser, session.origin);
  await waitAnnotated(page);
  const all = PAYLOADS.join('\n');
  await paste(page, all);
  await waitAnnotated(page);
  assert.equal(await page.textContent('#view'), all, 'the view shows exactly the pasted text');
  assert.deepEqual(await viewTags(page), ['mark'], 'no element but <mark> was created from the text');
  // Each payload alone too: a payload may behave differently without its neighbours.
  for (const payload of PAYLOADS) {
    await paste(page, `Before ${payload} after, said Ada Lovelace on 5 May 2020.`);
    await waitAnnotated(page);
    assert.equal(await page.textContent('#view'), `Before ${payload} after, said Ada Lovelace on 5 May 2020.`);
    const tags = await viewTags(page);
    assert.ok(tags.every((t) => t === 'mark'), `payload ${payload} created ${tags}`);
  }
  // Give any deferred handler (onerror, onload, autofocus) a chance to fire before checking.
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src]), iframe, object, embed, img, svg').length), 0);
  await seen.check();
  await context.close();
});

test('odd and huge texts keep the engine alive and every offset exact', async () => {
  const { context, page, seen } = await openPage(session.browser, session.origin);
  await waitAnnotated(page);
  const report = await page.evaluate(async () => {
    const fl = await import('./factlight.js');
    await fl.init();
    const line = 'Ahmed Al Kanani said "we stay" as 5,200 troops left Iraq on January 5, 2020; ';
    const texts = {
      'one 1 MB line': line.repeat(Math.ceil(1_000_000 / line.length)),
      '100,000 quote marks': '"'.repeat(100_000),
      'mixed quote marks': '“”«»‘’„「」\'"'.repeat(10_000),
      'a megabyte of digits': '7'.repeat(1_000_000),
      'digits and separators': '1,2.3-4/5 '.repeat(100_000),
      'capitals and dots': 'A. B. C. D. '.repeat(80_000),
      'brackets': '([{'.repeat(50_000) + ')]}'.repeat(50_000),
      'unpaired surrogates': 'Iraq \uD800 said \uDC00 "x\uD83D" 5% \uDFFF end',
      'NUL and controls': 'Baghdad\u0000 5\u0001,200 \u0007"quote\u001B" \u007F 90%',
      'mixed scripts': 'قال أحمد "مرحبا" ו-עברית 東京「こんにちは」 नमस्ते 5,200 Baghdad',
      'combining marks': 'Zoe\u0301 said "cafe\u0301 5\u0301%" in Sa\u0303o Paulo',
      'emoji ZWJ': '👨‍👩‍👧‍👦 "🏳️‍🌈 90%" said 👩🏽‍🚀 Ada on May 5 🇮🇶',
      'CRLF and lone CR': 'Iraq\r\n"we stay,"\r said Ahmed.\r\r5,200 troops\r\n',
    };
    const out = {};
    for (const [name, text] of Object.entries(texts)) {
      const found = fl.annotate(text);
      const bad = found.filter((a) => text.slice(a.start, a.end) !== a.text.replace(/\uFFFD/g, (m, i) => text[a.start + i]));
      let crossing = 0;
      const open = [];
      for (const a of found) {
        while (open.length && open[open.length - 1].end <= a.start) open.pop();
        if (open.length && open[open.length - 1].end < a.end) crossing++;
        open.push(a);
      }
      out[name] = { count: found.length, bad: bad.length, crossing, inBounds: found.every((a) => 0 <= a.start && a.start < a.end && a.end <= text.length) };
    }
    out.after = fl.annotate('Nearly 5,200 soldiers.').map((a) => a.text);
    return out;
  });
  for (const [name, r] of Object.entries(report)) {
    if (name === 'after') continue;
    assert.equal(r.bad, 0, `${name}: an offset slices other text`);
    assert.equal(r.crossing, 0, `${name}: annotations cross`);
    assert.ok(r.inBounds, `${name}: an annotation is out of the text`);
  }
  assert.ok(report['one 1 MB line'].count > 10_000, 'the 1 MB line is annotated in full');
  assert.deepEqual(report.after, ['Nearly 5,200'], 'the engine still works after all of that');
  await seen.check();
  await context.close();
});
