// Hostile input on the page and in the engine: known XSS payloads pasted into the page
// show as literal text and run nothing under its CSP; odd and huge texts (1 MB lines,
// 100,000 quote marks, a megabyte of digits, unpaired surrogates, control characters,
// mixed scripts, emoji ZWJ sequences, CR line ends) neither break the wasm engine nor
// yield crossing or out-of-bounds spans. (That each UTF-16 offset is the native engine's,
// on these kinds of text, records.test.mjs checks against the CLI.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, WWW, startBrowser, openPage, waitAnnotated, paste, readBuiltPage } from './harness.mjs';
import { pageHtml } from '../../tools/page-html.mjs';
import { init, Annotator } from '../../www/factlight.js';

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
  // (The page's own inline script is its build-time sample data, JSON, which runs nothing.)
  assert.equal(await page.evaluate(() => document.querySelectorAll(
    'script:not([src]):not(#prerendered[type="application/json"]), iframe, object, embed, img, svg').length), 0);
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
      let crossing = 0;
      const open = [];
      for (const a of found) {
        while (open.length && open[open.length - 1].end <= a.start) open.pop();
        if (open.length && open[open.length - 1].end < a.end) crossing++;
        open.push(a);
      }
      out[name] = { count: found.length, crossing, inBounds: found.every((a) => 0 <= a.start && a.start < a.end && a.end <= text.length) };
    }
    out.after = fl.annotate('Nearly 5,200 soldiers.').map((a) => a.text);
    return out;
  });
  for (const [name, r] of Object.entries(report)) {
    if (name === 'after') continue;
    assert.equal(r.crossing, 0, `${name}: annotations cross`);
    assert.ok(r.inBounds, `${name}: an annotation is out of the text`);
  }
  assert.ok(report['one 1 MB line'].count > 10_000, 'the 1 MB line is annotated in full');
  assert.deepEqual(report.after, ['Nearly 5,200'], 'the engine still works after all of that');
  await seen.check();
  await context.close();
});

test('a 10 MB paste streams in piece by piece, with progress, in bounded engine memory, drawn where the reader looks', async () => {
  const { context, page, seen } = await openPage(session.browser, session.origin);
  await waitAnnotated(page);
  const run = await page.evaluate(async () => {
    const sample = document.getElementById('input').value;
    let big = '';
    // With a name in one piece only, a quarter of the way in, for a jump there from the side
    // list (the pieces checked below are the first, the middle, the last and the second).
    while (big.length < 2_500_000) big += sample + '\n\n';
    big += 'Zebulon Quartermaine, the harbour master, said "We are ready."\n\n';
    while (big.length < 10_000_000) big += sample + '\n\n';
    const status = document.getElementById('status');
    const view = document.getElementById('view');
    const progress = [];
    let marksWhileBusy = 0;
    const watcher = new MutationObserver(() => {
      const m = /^annotating… (\d+)%/.exec(status.textContent);
      if (m) progress.push(Number(m[1]));
      if (status.dataset.state === 'busy') {
        marksWhileBusy = Math.max(marksWhileBusy, view.getElementsByTagName('mark').length);
      }
    });
    watcher.observe(status, { childList: true, characterData: true, subtree: true });
    // A paste as the browser delivers it.
    const input = document.getElementById('input');
    input.focus();
    input.select();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', big);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    const boxHidden = input.hidden;
    const note = document.getElementById('large-note').textContent;
    await new Promise((resolve) => {
      const check = () => (status.dataset.state === 'done' ? resolve() : setTimeout(check, 50));
      check();
    });
    watcher.disconnect();
    const counted = ['entity', 'quote', 'number']
      .map((k) => Number(document.getElementById(`count-${k}`).textContent.replace(/,/g, '')))
      .reduce((x, y) => x + y);
    const marks = view.getElementsByTagName('mark').length;
    // Only the text near the viewport is drawn. Scrolled to, a piece shows the highlights of
    // its text annotated alone (records.test.mjs: a piece is annotated as its text alone) in
    // each part in view, in order; with a kind hidden, without it.
    const blocks = [...view.querySelectorAll(':scope > .piece')];
    // The side list's entry for that name jumps there: its part is drawn, its mark focused.
    const drawnBefore = blocks.map((b) => b.getElementsByTagName('mark').length);
    const entry = [...document.querySelectorAll('#entities button')].find((b) => b.textContent.includes('Zebulon Quartermaine'));
    entry?.click();
    const focused = document.activeElement;
    const at = blocks.findIndex((b) => b.contains(focused));
    const mark = focused?.tagName === 'MARK';
    const jumped = { listed: Boolean(entry), mark, text: mark ? focused.textContent : focused?.tagName, at, drawnBefore: drawnBefore[at] };
    const fl = await import('./factlight.js');
    await fl.init();
    const annotator = new fl.Annotator();
    const inView = (el) => {
      const r = el.getBoundingClientRect();
      const v = view.getBoundingClientRect();
      return r.bottom > v.top && r.top < v.bottom;
    };
    /** For the parts of `block` in view: whether each shows exactly its highlights of `kinds`. */
    const check = (block, kinds) => {
      const all = annotator.annotate(block.textContent).filter((a) => kinds.includes(a.kind));
      const parts = [];
      let at = 0;
      for (const part of block.children) {
        const length = part.textContent.length;
        if (inView(part)) {
          const want = all.filter((a) => a.start >= at && a.start < at + length).map((a) => `${a.kind} ${a.text}`);
          const got = [...part.querySelectorAll('mark')].map((m) => `${m.dataset.kind} ${m.textContent}`);
          parts.push({ want: want.length, got: got.length, same: JSON.stringify(got) === JSON.stringify(want) });
        }
        at += length;
      }
      return parts;
    };
    const drawn = async (block, kinds = ['entity', 'quote', 'number']) => {
      let parts = [];
      for (let t = 0; t < 200; t++) {
        parts = check(block, kinds);
        if (parts.length && parts.every((p) => p.same)) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      return parts;
    };
    const scrolled = [];
    for (const k of [blocks.length - 1, blocks.length >> 1]) {
      const before = blocks[k].getElementsByTagName('mark').length;
      blocks[k].scrollIntoView();
      scrolled.push({ k, before, parts: await drawn(blocks[k]) });
    }
    const numbers = document.querySelector('.legend input[data-kind="number"]');
    numbers.click();
    // The last piece, drawn before and now far from the view, shows no number at once.
    const staleNumbers = blocks[blocks.length - 1].querySelectorAll('mark[data-kind="number"]').length;
    const hidden = [];
    // The middle piece is in view, piece 1 was never drawn, the last was drawn with numbers.
    for (const k of [blocks.length >> 1, 1, blocks.length - 1]) {
      blocks[k].scrollIntoView();
      hidden.push({ k, parts: await drawn(blocks[k], ['entity', 'quote']) });
    }
    numbers.click();
    const shownAgain = await drawn(blocks[blocks.length - 1]); // where the reader is
    return {
      length: big.length,
      boxHidden,
      note,
      progress,
      marksWhileBusy,
      same: view.textContent === big,
      marks,
      pieces: blocks.length,
      counted,
      scrolled,
      hidden,
      staleNumbers,
      shownAgain,
      jumped,
      status: status.textContent,
    };
  });
  assert.ok(run.boxHidden, 'the text box is set aside for a paste this long');
  assert.match(run.note, /^10,\d{3},\d{3} characters pasted/);
  assert.ok(run.progress.length >= 20, `progress reported piece by piece: ${run.progress.length} updates`);
  assert.deepEqual(run.progress, [...run.progress].sort((a, b) => a - b), 'progress only goes up');
  assert.ok(run.marksWhileBusy > 100, `highlights shown before the end: ${run.marksWhileBusy}`);
  assert.ok(run.same, 'the reading view holds the whole pasted text');
  assert.ok(run.pieces > 50, `drawn as ${run.pieces} pieces`);
  assert.ok(run.counted > 100_000, `the whole text is annotated: ${run.counted} highlights counted`);
  assert.ok(run.marks > 100 && run.marks < run.counted / 10, `only the pieces near the viewport are drawn: ${run.marks}`);
  const shows = (parts) => parts.length > 0 && parts.some((p) => p.want > 0) && parts.every((p) => p.same);
  for (const s of run.scrolled) {
    assert.equal(s.before, 0, `piece ${s.k} is not drawn before it is scrolled to`);
    assert.ok(shows(s.parts), `piece ${s.k}, scrolled to, shows its highlights: ${JSON.stringify(s.parts)}`);
  }
  assert.equal(run.staleNumbers, 0, 'a far piece drawn before keeps no mark of a hidden kind');
  for (const h of run.hidden) assert.ok(shows(h.parts), `piece ${h.k} drawn without the hidden kind: ${JSON.stringify(h.parts)}`);
  const { jumped } = run;
  assert.ok(jumped.listed && jumped.mark && jumped.text === 'Zebulon Quartermaine' && jumped.at > 1 && jumped.drawnBefore === 0,
    `the side list jumps to a mention in a piece not drawn before: ${JSON.stringify(jumped)}`);
  assert.ok(shows(run.shownAgain), 'shown again, the kind is drawn again where the reader looks');
  assert.match(run.status, /highlights · engine .* in \d+ pieces/);

  // The engine's memory stays bounded by the piece, not the text (its worker's own count).
  const worker = page.workers().find((w) => w.url().endsWith('/worker.js'));
  const engineBytes = await worker.evaluate(async () => (await import('./factlight.js')).memoryBytes());
  assert.ok(engineBytes > 0 && engineBytes < 80 * 2 ** 20, `engine memory after 10 MB: ${engineBytes} bytes`);

  // A paste while the box is set aside replaces the text; Clear brings the box back.
  await page.evaluate(() => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', 'Short again: "We paid $5 million," said the mayor of Baghdad.');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  });
  await waitAnnotated(page);
  assert.equal(await page.inputValue('#input'), 'Short again: "We paid $5 million," said the mayor of Baghdad.');
  assert.ok(await page.isVisible('#input'), 'a short paste goes back into the box');
  assert.ok(await page.isHidden('#large'));
  await seen.check();
  await context.close();
});

test('a sample with markup and closing tags in it is built into the page\'s HTML exactly', async () => {
  // What tools/prerender.mjs does with the selected sample, here with a hostile one.
  await init(await readFile(join(WWW, 'pkg', 'factlight_wasm_bg.wasm')));
  const annotator = new Annotator();
  const text = 'Ahmed Al Kanani said: "</body> & <b>bold</b> </textarea> </script> <!-- \u2028 \'x\'",\n' +
    'and the mayor of Baghdad said "We paid $5 million <here>" on 5 May 2020.\n\nBye.\n';
  const annotations = annotator.annotate(text);
  const template = await readFile(join(WWW, 'index.template.html'), 'utf8');
  const html = pageHtml(template, { text, annotations });
  assert.ok(html, 'the sample can be written as HTML');
  // A CR or a NUL cannot come back from the text box as it was: such a sample is left to the
  // page to load.
  for (const odd of [text.replace(/\n/g, '\r\n'), text.replace('Bye', 'B\0ye')]) {
    assert.equal(pageHtml(template, { text: odd, annotations: annotator.annotate(odd) }), null);
  }
  annotator.free();
  const { context, page, seen } = await openPage(session.browser, session.origin);
  const got = await readBuiltPage(page, html);
  const reads = { json: got.text === text, textBox: got.textBox === text, view: got.viewText === text };
  assert.ok(reads.json && reads.textBox && reads.view, `the text reads back exactly: ${JSON.stringify(reads)}`);
  assert.ok(got.sameNodes, 'the view is what render.js draws, node for node');
  assert.equal(got.marks, annotations.length);
  assert.ok(got.onlyMarks, 'only marks in the view');
  assert.deepEqual(got.scripts, ['app.js', 'prerendered'], 'no script but the page\'s own');
  await seen.check();
  await context.close();
});
