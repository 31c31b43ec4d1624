// The reader page end to end, in Debian's Chromium driven by playwright-core: the sample
// article is highlighted with the right texts, toggles hide kinds, pasted markup stays text,
// typing stays responsive during a 2 MB annotation, the CSP holds with no console errors,
// nothing but the local server is contacted, and the JS API keeps UTF-16 offsets exact.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer } from '../../tools/serve.mjs';
import { ROOT, WWW, SHOTS, startBrowser, openPage as open, waitAnnotated, paste, readBuiltPage } from './harness.mjs';

const SEED = await readFile(join(WWW, 'samples', 'seed-article.txt'), 'utf8');

let session;
let origin;

before(async () => {
  session = await startBrowser(WWW);
  origin = session.origin;
});

after(async () => {
  await session?.close();
});

const openPage = (options) => open(session.browser, origin, options);

const marksOf = (page) =>
  page.$$eval('#view mark.fl', (ms) =>
    ms.map((m) => ({ kind: m.dataset.kind, label: m.dataset.label, text: m.textContent })),
  );

test('the sample article opens highlighted with all three kinds', async () => {
  const { context, page, seen } = await openPage();
  await waitAnnotated(page);
  assert.equal(await page.inputValue('#input'), SEED, 'the textarea holds the seed article');
  assert.equal(await page.textContent('#view'), SEED, 'the reading view shows the text unchanged');

  const marks = await marksOf(page);
  const has = (kind, pred) => marks.some((m) => m.kind === kind && pred(m));
  assert.ok(has('number', (m) => m.text.includes('5,200')), 'a number mark with 5,200');
  assert.ok(has('number', (m) => m.label === 'percent' && m.text === '90%'), 'a percent mark 90%');
  assert.ok(
    has('quote', (m) => m.text.startsWith('"The United States and the Pentagon')),
    'a quote mark starting "The United States',
  );
  assert.ok(has('entity', (m) => m.label === 'LOC' && m.text === 'Baghdad'), 'LOC Baghdad');
  assert.ok(has('entity', (m) => m.label === 'PER' && m.text === 'Ahmed Al Kanani'), 'PER Ahmed Al Kanani');
  assert.ok(has('entity', (m) => m.label === 'PER' && m.text === 'Qassem Soleimani'), 'PER Qassem Soleimani');

  // Nesting: the entity inside the quote is a mark inside the quote's mark.
  const nested = await page.$$eval('#view mark.fl-quote mark.fl-entity', (ms) => ms.map((m) => m.textContent));
  assert.ok(nested.includes('Pentagon'), 'Pentagon is marked inside the quote');

  // Live counts equal the marks of each kind.
  for (const kind of ['entity', 'quote', 'number']) {
    const count = Number(await page.textContent(`#count-${kind}`));
    assert.equal(count, marks.filter((m) => m.kind === kind).length, `${kind} count`);
    assert.ok(count > 0, `some ${kind} highlights`);
  }

  // Every mark is keyboard-focusable with an accessible label.
  assert.ok(await page.$$eval('#view mark.fl', (ms) => ms.every((m) => m.tabIndex === 0 && m.getAttribute('aria-label'))));

  // The screenshot: the article as it opens, with the details of a number on hover.
  await page.locator('#view mark.fl-number', { hasText: '5,200' }).hover();
  await page.waitForSelector('#popup:not([hidden])');
  await page.screenshot({ path: join(SHOTS, 'page.png') });
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page itself does not scroll');

  // Keyboard focus on a number shows its normalised value and qualifier.
  await page.locator('#view mark.fl-number', { hasText: '5,200' }).focus();
  await page.waitForSelector('#popup:not([hidden])');
  const numberPopup = await page.textContent('#popup');
  assert.match(numberPopup, /approximately/);
  assert.match(numberPopup, /5,200/);

  // Tab from the legend reaches the first highlight and opens its details.
  await page.locator('.legend input[data-kind="number"]').focus();
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement === document.querySelector('#view mark.fl')));
  const firstText = await page.evaluate(() => document.activeElement.textContent);
  assert.ok(await page.isVisible('#popup'));
  assert.ok((await page.textContent('#popup')).includes(firstText), 'the popup describes the focused mark');
  // A quote with no speaker says so. (The pointer is parked off the text first: focusing
  // scrolls the view, and a highlight sliding under a resting pointer would take the popup.)
  await page.mouse.move(1, 1);
  await page.locator('#view mark.fl-quote', { hasText: 'under Iranian influence' }).focus();
  assert.match(await page.textContent('#popup'), /speaker\s*speaker unknown/);
  await page.keyboard.press('Escape');
  assert.ok(await page.isHidden('#popup'), 'Escape closes the details');

  // Hover on Khalid's quote names him as the speaker.
  await page.locator('#view mark.fl-quote', { hasText: 'In Kurdistan and in all Sunni regions' }).hover({ position: { x: 30, y: 8 } });
  await page.waitForFunction(() => /Khalid Alrawi/.test(document.getElementById('popup').textContent));
  assert.match(await page.textContent('#popup'), /speaker\s*Khalid Alrawi/);

  // The side lists: entities grouped by id with counts; who is quoted.
  const kanani = page.locator('#entities button', { hasText: 'Ahmed Al Kanani' });
  assert.equal((await kanani.locator('.count').textContent()).trim(), '2');
  await kanani.click();
  const first = await page.evaluate(() => document.activeElement.dataset.i);
  await kanani.click();
  const second = await page.evaluate(() => document.activeElement.dataset.i);
  assert.notEqual(first, second, 'clicking an entity cycles through its mentions');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Ahmed Al Kanani');
  const quoted = await page.textContent('#quoted');
  assert.match(quoted, /Khalid Alrawi \(1\)/);
  assert.match(quoted, /speaker unknown/);
  await page.locator('#quoted button', { hasText: 'In Kurdistan' }).click();
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^"In Kurdistan/);

  // The engine's files came from the local server too (the worker's fetch is seen).
  assert.ok(seen.requests.some((u) => u.endsWith('/pkg/factlight_wasm_bg.wasm')), 'the wasm was fetched');
  await seen.check();
  await context.close();
});

test('the samples open with their build-time highlights, which are the engine\'s', async () => {
  const { context, page, seen } = await openPage();
  await waitAnnotated(page);
  // The view had the sample's highlights before the engine's first result reached the page.
  const order = await page.evaluate(() => {
    const t = (name) => performance.getEntriesByName(name)[0]?.startTime;
    return { shown: t('fl:prerendered-shown'), engine: t('fl:first-result') };
  });
  assert.ok(order.shown < order.engine, JSON.stringify(order));
  // Every sample's prerendered result equals what the page's engine returns for its text.
  const checked = await page.evaluate(async (names) => {
    const { init, Annotator } = await import('/factlight.js');
    await init();
    const annotator = new Annotator();
    const out = [];
    for (const name of names) {
      const data = await (await fetch(`/pkg/samples/${name}.json`)).json();
      const txt = await (await fetch(`/samples/${name}.txt`)).text();
      out.push({ name, sameText: data.text === txt, same: JSON.stringify(annotator.annotate(data.text)) === JSON.stringify(data.annotations), n: data.annotations.length });
    }
    return out;
  }, (await readdir(join(WWW, 'samples'))).filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4)));
  assert.equal(checked.length, 3);
  for (const c of checked) {
    assert.ok(c.sameText && c.same && c.n > 0, `samples/${c.name}: ${JSON.stringify(c)}`);
  }
  // The page's HTML (www/index.html, written by tools/prerender.mjs) comes with the selected
  // sample in the text box and drawn in the view, by render.js in node (tools/markup.mjs):
  // node for node what render.js draws here, with its counts and its annotations.
  // Taken as shown: not loaded again as when the sample is chosen from the menu.
  const loadedAgain = await page.evaluate(() => performance.getEntriesByName('fl:sample-loaded').length > 0);
  const built = await readBuiltPage(page, await page.evaluate(() => fetch('/').then((r) => r.text())));
  const sample = await page.evaluate((url) => fetch(`/${url}`).then((r) => r.text()), built.selected);
  assert.ok(!loadedAgain, 'the page took the sample in its HTML as shown');
  assert.ok(built.text === sample && built.textBox === built.text, 'the HTML holds the selected sample, in the text box too');
  assert.ok(built.marks > 50 && built.marks === built.annotations, `the HTML has the sample's ${built.annotations} highlights: ${built.marks}`);
  assert.ok(built.sameNodes, 'the HTML view is what render.js draws, node for node');
  assert.deepEqual(built.counts, built.want, 'the HTML counts each kind');
  await seen.check();
  await context.close();
});

test('the sample menu loads and highlights another article', async () => {
  const { context, page, seen } = await openPage();
  await waitAnnotated(page);
  await page.selectOption('#sample', 'samples/harbour-budget.txt');
  await page.waitForFunction(() => document.getElementById('input').value.startsWith('Harbour town'));
  await waitAnnotated(page);
  const marks = await marksOf(page);
  assert.ok(marks.some((m) => m.kind === 'number' && m.label === 'money' && m.text === '£4.2 million'));
  assert.ok(marks.some((m) => m.kind === 'number' && m.label === 'percent' && m.text === '7.5%'));
  assert.ok(marks.some((m) => m.kind === 'quote' && m.text.startsWith('“We had to choose')));
  await page.locator('#view mark.fl-number', { hasText: '€300,000' }).focus();
  const popup = await page.textContent('#popup');
  assert.match(popup, /at least/);
  assert.match(popup, /EUR/);
  await seen.check();
  await context.close();
});

test('samples chosen in quick succession end on the last one chosen', async () => {
  const { context, page, seen } = await openPage();
  await waitAnnotated(page);
  // Three choices without waiting: only the last may land in the box and the view.
  await page.evaluate(() => {
    const select = document.getElementById('sample');
    for (const v of ['samples/harbour-budget.txt', 'samples/lab-results.txt', 'samples/harbour-budget.txt']) {
      select.value = v;
      select.dispatchEvent(new Event('change'));
    }
  });
  await page.waitForFunction(() => document.getElementById('input').value.startsWith('Harbour town'));
  await waitAnnotated(page);
  const input = await page.inputValue('#input');
  assert.equal(await page.textContent('#view'), input, 'the view shows the text in the box');
  const marks = await marksOf(page);
  assert.ok(marks.some((m) => m.text === '£4.2 million'), 'the harbour sample is highlighted');
  await seen.check();
  await context.close();
});

test('the menu says "Your own text" once the reader edits, and a sample can be chosen again', async () => {
  const { context, page, seen } = await openPage();
  await waitAnnotated(page);
  const shown = () => page.evaluate(() => {
    const select = document.getElementById('sample');
    return select.options[select.selectedIndex].textContent;
  });
  assert.match(await shown(), /^Iraq and foreign troops/);
  await page.fill('#input', 'The mayor of Baghdad said "We paid $5 million".');
  await waitAnnotated(page);
  assert.equal(await shown(), 'Your own text', 'the menu no longer names the sample');
  await page.selectOption('#sample', 'samples/seed-article.txt');
  await page.waitForFunction(() => document.getElementById('input').value.startsWith('Three days after'));
  await waitAnnotated(page);
  assert.match(await shown(), /^Iraq and foreign troops/);
  await seen.check();
  await context.close();
});

test('the page works from a sub-path of a static host', async () => {
  // Serve the repository root, so the page lives under /www/: only relative URLs work there.
  const host = await startServer(ROOT, 0);
  try {
    const base = `http://127.0.0.1:${host.address().port}`;
    const { context, page, seen } = await openPage({ base, path: '/www/' });
    await waitAnnotated(page);
    assert.ok((await marksOf(page)).some((m) => m.text === 'Baghdad'));
    const foreign = seen.requests.filter((u) => !u.startsWith(`${base}/www/`));
    assert.deepEqual(foreign, [], 'every request stays under the sub-path');
    assert.deepEqual(seen.errors, []);
    await context.close();
  } finally {
    await new Promise((done) => host.close(done));
  }
});

test('dark theme follows the system', async () => {
  const { context, page, seen } = await openPage({ colorScheme: 'dark' });
  await waitAnnotated(page);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 200, `dark background, got ${bg}`);
  await page.screenshot({ path: join(SHOTS, 'page-dark.png') });
  await seen.check();
  await context.close();
});

test('toggling a kind hides its highlights and showing it brings them back', async () => {
  const { context, page, seen } = await openPage();
  await waitAnnotated(page);
  const before = await marksOf(page);
  for (const kind of ['number', 'quote', 'entity']) {
    const toggle = page.locator(`.legend input[data-kind="${kind}"]`);
    await toggle.uncheck();
    const now = await marksOf(page);
    assert.equal(now.filter((m) => m.kind === kind).length, 0, `${kind} hidden`);
    assert.equal(
      now.length,
      before.filter((m) => m.kind !== kind).length,
      `only ${kind} hidden`,
    );
    assert.equal(await page.textContent('#view'), SEED, 'the text itself stays');
    assert.ok(Number(await page.textContent(`#count-${kind}`)) > 0, 'the count still shows');
    await toggle.check();
    assert.deepEqual(await marksOf(page), before, `${kind} shown again`);
  }
  await seen.check();
  await context.close();
});

test('pasted markup is shown as literal text and runs nothing', async () => {
  const { context, page, seen } = await openPage();
  await waitAnnotated(page);
  const evil =
    'Ahmed Al Kanani said "<img src=x onerror=alert(1)>" in Baghdad.\n' +
    '<script>alert(2)</script> <b onmouseover=alert(3)>bold</b> &amp; &lt;';
  await page.fill('#input', evil);
  await waitAnnotated(page);
  assert.equal(await page.textContent('#view'), evil, 'markup shows as the characters typed');
  assert.equal(await page.$$eval('#view img, #view script, #view b', (e) => e.length), 0, 'no elements made from the text');
  assert.ok((await marksOf(page)).some((m) => m.text === 'Baghdad'), 'the text around it is still annotated');
  // Hover the quote (the onmouseover bait) and give any stray handler time to fire.
  await page.locator('#view').hover();
  await page.waitForTimeout(300);
  await seen.check(); // no dialog, no request for "x", no CSP violation
  await context.close();
});

test('typing stays responsive while a 2 MB paste is annotated', async () => {
  const { context, page, seen } = await openPage();
  await waitAnnotated(page);
  let big = '';
  while (big.length < 2_000_000) big += SEED + '\n';
  // Paste it: page.fill() would insert it character-run by character-run (minutes); a
  // paste sets the value at once and fires one input event.
  await paste(page, big);
  // Type while the engine works on 2 MB. For each key, record the status as the key
  // arrives (before the page reacts to it) and the textarea right after it took the
  // character. Were the engine on this thread, no key could arrive while it worked, so a
  // key seen during "annotating… (2 MB)" that shows at once proves typing does not wait.
  // (The first key may land after the first job ends, as the browser's own layout of a
  // 2 MB textarea takes a while; it starts a new 2 MB job, so the next keys land in that.)
  await page.evaluate(() => {
    window.__keys = [];
    const input = document.getElementById('input');
    const status = document.getElementById('status');
    document.addEventListener('keydown', (e) => {
      window.__keys.push({ key: e.key, status: status.textContent, tail: null });
    }, true);
    input.addEventListener('input', () => {
      const last = window.__keys[window.__keys.length - 1];
      if (last) last.tail = input.value.slice(-3);
    });
  });
  await page.keyboard.type('xyz');
  const keys = await page.evaluate(() => window.__keys);
  assert.deepEqual(keys.map((k) => k.key), ['x', 'y', 'z']);
  assert.deepEqual(keys.map((k) => k.tail.slice(-(keys.indexOf(k) + 1))), ['x', 'xy', 'xyz'], 'the textarea showed every key at once');
  const busy = keys.filter((k) => /^annotating… (\(2,\d{3},\d{3} characters\)|\d+% \([\d,]+ of 2,\d{3},\d{3} characters\))/.test(k.status));
  assert.ok(busy.length > 0, `a key arrived while 2 MB was being annotated: ${JSON.stringify(keys)}`);
  assert.equal((await page.inputValue('#input')).slice(-3), 'xyz');

  // The big result is shown in the end, for the final text: in pieces, those near the
  // viewport drawn (hostile.test.mjs scrolls a 10 MB text and checks the pieces it reaches).
  await waitAnnotated(page, 300_000);
  const drawn = await page.evaluate(() => ({
    same: document.getElementById('view').textContent === document.getElementById('input').value,
    marks: document.querySelectorAll('#view mark.fl').length,
    counted: ['entity', 'quote', 'number']
      .map((k) => Number(document.getElementById(`count-${k}`).textContent.replace(/,/g, '')))
      .reduce((x, y) => x + y),
  }));
  assert.ok(drawn.same, 'the reading view shows the final 2 MB text');
  assert.ok(drawn.counted > 10_000, `the whole text is annotated: ${drawn.counted} highlights counted`);
  assert.ok(drawn.marks > 100 && drawn.marks < drawn.counted, `the pieces near the viewport are drawn: ${drawn.marks}`);

  // Tab goes on from the last highlight drawn into the text not drawn yet, and Shift+Tab back;
  // with numbers hidden, Tab passes over them.
  const focusLastDrawn = () => page.evaluate(() => {
    const marks = document.querySelectorAll('#view mark.fl');
    const last = marks[marks.length - 1];
    last.focus();
    return Number(last.dataset.i);
  });
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { i: Number(el.dataset.i), kind: el.dataset.kind, inView: document.getElementById('view').contains(el) };
  });
  const last = await focusLastDrawn();
  await page.keyboard.press('Tab');
  assert.deepEqual({ ...(await focused()), kind: null }, { i: last + 1, kind: null, inView: true }, 'Tab reached the next highlight');
  // Shift+Tab from the first highlight of a part whose previous highlight is not drawn: one
  // halfway down, drawn once the reader scrolls there.
  await page.evaluate(() => {
    window.__firstOfPart = () => [...document.querySelectorAll('#view mark.fl')]
      .find((m) => Number(m.dataset.i) > 0 && !document.querySelector(`#view mark.fl[data-i="${Number(m.dataset.i) - 1}"]`));
    const view = document.getElementById('view');
    view.scrollTop = view.scrollHeight / 2;
  });
  await page.waitForFunction(() => window.__firstOfPart() !== undefined);
  const first = await page.evaluate(() => {
    const mark = window.__firstOfPart();
    mark.focus();
    return Number(mark.dataset.i);
  });
  await page.keyboard.press('Shift+Tab');
  assert.deepEqual({ ...(await focused()), kind: null }, { i: first - 1, kind: null, inView: true }, 'Shift+Tab reached the highlight before');
  // (Hidden kinds have no marks, so this holds with or without markNext's kind check,
  // which spares drawing parts on the way.)
  await page.click('.legend input[data-kind="number"]');
  const lastShown = await focusLastDrawn();
  await page.keyboard.press('Tab');
  const next = await focused();
  assert.ok(next.inView && next.i > lastShown && next.kind !== 'number', `Tab passed over hidden numbers: ${JSON.stringify(next)}`);
  await page.click('.legend input[data-kind="number"]');

  // Replacing the huge text with a short one does not wait for the huge job.
  await page.fill('#input', 'Short again: the mayor of Baghdad said "We paid $5 million".');
  await waitAnnotated(page);
  assert.ok((await marksOf(page)).some((m) => m.text === 'Baghdad'));
  await seen.check();
  await context.close();
});

test('the page shows the shared golden fixtures exactly as the native markup', async () => {
  // STYLE rule 6: one set of fixtures feeds every layer. Rebuild the inline markup of
  // src/markup.rs from the reading view's DOM (nesting as drawn; details from the same
  // engine) and compare it with tests/golden/expected.
  const golden = join(ROOT, 'tests', 'golden');
  const names = (await readdir(join(golden, 'inputs'))).filter((n) => n.endsWith('.txt')).sort();
  assert.ok(names.length > 0, 'golden fixtures exist');
  const { context, page, seen } = await openPage();
  await waitAnnotated(page);
  for (const name of names) {
    // A textarea turns CRLF into LF, so compare on LF line ends.
    const lf = (t) => t.replace(/\r\n?/g, '\n');
    const text = lf(await readFile(join(golden, 'inputs', name), 'utf8'));
    const expected = lf(await readFile(join(golden, 'expected', name), 'utf8'));
    await page.fill('#input', text);
    await waitAnnotated(page);
    const actual = await page.evaluate(async (text) => {
      const fl = await import('./factlight.js');
      await fl.init();
      const anns = fl.annotate(text);
      const marks = (a) => {
        let close = '';
        if (a.kind === 'entity') {
          if (a.canonical !== a.text) close += ` => ${a.canonical}`;
          return [`[[${a.label} `, `${close}]]`];
        }
        if (a.kind === 'quote') {
          const tag = { direct: 'QUOTE', partial: 'PARTIAL' }[a.style] ?? 'SCARE';
          if (tag !== 'SCARE') {
            if (a.speaker) {
              close += ` <- ${a.speaker.text}`;
              if (a.speaker_name && a.speaker_name !== a.speaker.text) close += ` = ${a.speaker_name}`;
            } else close += ' <- ?';
          }
          return [`[[${tag} `, `${close}]]`];
        }
        const facts = [];
        if (a.value !== undefined) facts.push(a.end_value !== undefined ? `${a.value}..${a.end_value}` : `${a.value}`);
        for (const f of [a.normalized, a.currency, a.unit, a.qualifier]) if (f !== undefined) facts.push(f);
        if (a.counted) facts.push(`of ${a.counted.text}`);
        if (facts.length) close += ` = ${facts.join(' ')}`;
        return [`[[${a.label} `, `${close}]]`];
      };
      const walk = (node) => {
        let out = '';
        for (const c of node.childNodes) {
          if (c.nodeType === Node.TEXT_NODE) out += c.data;
          else if (c.matches('mark.fl')) {
            const [open, close] = marks(anns[Number(c.dataset.i)]);
            out += open + walk(c) + close;
          } else out += `<unexpected ${c.nodeName}>`;
        }
        return out;
      };
      const view = document.getElementById('view');
      return { markup: walk(view), drawn: view.querySelectorAll('mark.fl').length, total: anns.length };
    }, text);
    assert.equal(actual.drawn, actual.total, `${name}: every annotation is drawn`);
    assert.equal(actual.markup, expected, `${name}: page markup matches tests/golden/expected`);
  }
  await seen.check();
  await context.close();
});

test('factlight.d.ts describes the objects the engine really returns', async () => {
  // No TypeScript compiler here, so read the hand-written declarations directly: every
  // field an annotation has must be declared for its kind, every required field present,
  // and every label, style and qualifier one of the declared string literals.
  const dts = await readFile(join(WWW, 'factlight.d.ts'), 'utf8');
  const literals = (name) => {
    const m = dts.match(new RegExp(`export type ${name} =([^;]+);`));
    assert.ok(m, `type ${name} declared`);
    return new Set([...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]));
  };
  const fields = (name) => {
    const m = dts.match(new RegExp(`interface ${name}(?: extends Base)? \\{([^}]+)\\}`));
    assert.ok(m, `interface ${name} declared`);
    const body = m[1].replace(/\/\*\*[\s\S]*?\*\//g, '');
    return new Map([...body.matchAll(/^\s*(\w+)(\??):\s*([^;]+);/gm)].map((x) => [x[1], { optional: x[2] === '?', type: x[3].trim() }]));
  };
  const base = fields('Base');
  const shapes = {
    entity: new Map([...base, ...fields('EntityAnnotation')]),
    quote: new Map([...base, ...fields('QuoteAnnotation')]),
    number: new Map([...base, ...fields('NumberAnnotation')]),
  };
  const labels = { entity: literals('EntityLabel'), quote: new Set(['quote']), number: literals('NumberLabel') };
  const styles = literals('QuoteStyle');
  const qualifiers = literals('Qualifier');

  const golden = join(ROOT, 'tests', 'golden', 'inputs');
  const texts = [SEED];
  for (const n of await readdir(golden)) texts.push(await readFile(join(golden, n), 'utf8'));
  for (const n of await readdir(join(WWW, 'samples'))) texts.push(await readFile(join(WWW, 'samples', n), 'utf8'));

  const { context, page, seen } = await openPage();
  const all = await page.evaluate(async (texts) => {
    const fl = await import('./factlight.js');
    await fl.init();
    return texts.flatMap((t) => fl.annotate(t));
  }, texts);
  const seenKeys = { entity: new Set(), quote: new Set(), number: new Set() };
  for (const a of all) {
    const shape = shapes[a.kind];
    assert.ok(shape, `known kind ${a.kind}`);
    for (const [key, value] of Object.entries(a)) {
      const f = shape.get(key);
      assert.ok(f, `${a.kind}.${key} is declared in factlight.d.ts`);
      seenKeys[a.kind].add(key);
      const t = f.type;
      if (t === 'number') assert.equal(typeof value, 'number', `${a.kind}.${key} is a number`);
      else if (t === 'string') assert.equal(typeof value, 'string', `${a.kind}.${key} is a string`);
      else if (t === 'SubSpan') assert.deepEqual(Object.keys(value).sort(), ['end', 'start', 'text'], `${a.kind}.${key} is a SubSpan`);
    }
    for (const [key, f] of shape) if (!f.optional) assert.ok(key in a, `${a.kind}.${key} is present`);
    assert.ok(labels[a.kind].has(a.label), `${a.kind} label ${a.label} is declared`);
    if (a.style !== undefined) assert.ok(styles.has(a.style), `style ${a.style} declared`);
    if (a.qualifier !== undefined) assert.ok(qualifiers.has(a.qualifier), `qualifier ${a.qualifier} declared`);
  }
  for (const kind of Object.keys(seenKeys)) assert.ok(seenKeys[kind].size > 4, `${kind} annotations were checked`);
  await seen.check();
  await context.close();
});

test('the JS API: spans in bounds, in order, never crossing, pieces cover the text, errors are JS Errors', async () => {
  const { context, page, seen } = await openPage();
  const result = await page.evaluate(async () => {
    const fl = await import('./factlight.js');
    const errors = {};
    try { fl.annotate('x'); } catch (e) { errors.beforeInit = `${e.constructor.name}: ${e.message}`; }
    await fl.init();
    try { fl.annotate(42); } catch (e) { errors.number = e.constructor.name; }
    try { fl.annotate(null); } catch (e) { errors.nil = e.constructor.name; }
    const texts = {
      emoji: 'The 👩‍👩‍👧 family 😀 met Ahmed Al Kanani in Baghdad 🇮🇶 on Monday and paid $5 million, about 12% more.',
      cjk: '東京都 said 中文 text: Mayor Eleanor Treloar visited Tokyo on 3 May 2024 with 1,200 people. "日本語 is fine," said Treloar.',
      rtl: 'قال أحمد الكناني إن Ahmed Al Kanani met officials in Baghdad. "نحن لا نريدهم" said Ahmed Al Kanani, and 90% agreed.',
      combining: 'Rene\u0301e Zellweger and Zoe\u0308 Saldan\u0303a met Jose\u0301 in Paris; "Cafe\u0301s are 20% dearer," said Zoe\u0308 Saldan\u0303a.',
      crlf: 'Line one in London.\r\n"We want to be free," said Ammar.\r\n\r\nAbout 5,200 troops stayed in Iraq in 2020.\r\n',
    };
    const out = {};
    const annotator = new fl.Annotator();
    for (const [name, text] of Object.entries(texts)) {
      const anns = fl.annotate(text);
      const again = annotator.annotate(text);
      const bad = [];
      // Each span in the text's bounds (its `text` is sliced from the caller's string by
      // these very offsets; that they are the native engine's, records.test.mjs checks).
      const check = (where, s) => {
        if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) bad.push(`${where} [${s.start},${s.end}) of ${text.length}`);
      };
      for (const a of anns) {
        check(`${a.kind} ${a.label}`, a);
        for (const k of ['speaker', 'cue', 'counted']) if (a[k]) check(`${a.kind}.${k}`, a[k]);
      }
      // Sorted by start then longer first; nested or disjoint, never crossing.
      for (let i = 1; i < anns.length; i++) {
        const [p, a] = [anns[i - 1], anns[i]];
        if (a.start < p.start || (a.start === p.start && a.end > p.end)) bad.push(`order at ${i}`);
      }
      const open = [];
      for (const a of anns) {
        while (open.length && open[open.length - 1].end <= a.start) open.pop();
        if (open.length && a.end > open[open.length - 1].end) bad.push(`crossing at ${a.start}`);
        open.push(a);
      }
      // In pieces: one piece is annotate() exactly; small pieces cover the text in order,
      // in the whole text's offsets, and each piece's annotations lie inside it.
      const whole = [...annotator.pieces(text)];
      const small = annotator.pieces(text, { maxBytes: 64 });
      let covered = 0;
      for (const piece of small) {
        if (piece.start !== covered || piece.start !== small.bounds[piece.index]) bad.push(`piece ${piece.index} starts at ${piece.start}`);
        covered = piece.end;
        for (const a of piece.annotations) {
          check(`piece ${piece.index} ${a.kind}`, a);
          if (a.start < piece.start || a.end > piece.end) bad.push(`piece ${piece.index}: ${a.text} outside it`);
        }
      }
      if (covered !== text.length) bad.push(`pieces cover ${covered} of ${text.length}`);
      out[name] = {
        count: anns.length, bad, same: JSON.stringify(anns) === JSON.stringify(again),
        onePiece: whole.length === 1 && JSON.stringify(whole[0].annotations) === JSON.stringify(anns),
        pieces: small.bounds.length - 1,
        maxStart: Math.max(-1, ...anns.map((a) => a.start)),
      };
    }
    try { annotator.pieces(7); } catch (e) { errors.piecesNumber = e.constructor.name; }
    // Only some detectors: the same annotations of those kinds as a full run.
    const t = texts.crlf;
    const full = annotator.annotate(t);
    const numbers = annotator.annotate(t, { kinds: ['number'] });
    errors.kindsAgree = JSON.stringify(numbers) === JSON.stringify(full.filter((a) => a.kind === 'number')) && numbers.length > 0;
    try { annotator.annotate(t, { kinds: ['names'] }); } catch (e) { errors.badKind = `${e.constructor.name}: ${e.message}`; }
    try { annotator.annotate(t, { kinds: 'number' }); } catch (e) { errors.kindsString = e.constructor.name; }
    annotator.warm();
    annotator.free();
    return { errors, out };
  });
  assert.equal(result.errors.piecesNumber, 'TypeError');
  assert.ok(result.errors.kindsAgree, 'annotate(text, {kinds}) returns those kinds as a full run finds them');
  assert.match(result.errors.badKind, /^Error: .*unknown kind "names"/);
  assert.equal(result.errors.kindsString, 'TypeError');
  assert.match(result.errors.beforeInit, /^Error: .*init/);
  assert.equal(result.errors.number, 'TypeError');
  assert.equal(result.errors.nil, 'TypeError');
  for (const [name, r] of Object.entries(result.out)) {
    assert.deepEqual(r.bad, [], `${name}: every annotation slices its own text`);
    assert.ok(r.count > 0, `${name}: found something`);
    assert.ok(r.same, `${name}: Annotator and annotate() agree`);
    assert.ok(r.onePiece, `${name}: a text within the piece limit is one piece, as annotate() finds`);
    assert.ok(r.pieces > 1, `${name}: 64-byte pieces cut it: ${r.pieces}`);
    assert.ok(r.maxStart > 10, `${name}: annotations after the special characters`);
  }
  await seen.check();
  await context.close();
});
