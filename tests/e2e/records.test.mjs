// The JS API's objects against the native CLI's JSON. The engine hands its results to JS
// packed into numbers (wasm/src/packed.rs) and www/factlight.js unpacks them, slicing each
// `text` from the caller's string, so a wrong offset would still slice *some* text: here
// every annotation (with its speaker, cue and counted parts) must be what
// `factlight annotate --format json --offsets utf16` writes for the same text, byte for byte
// once both are JSON (keys in the same order, nested ones too), on the golden inputs and on
// hostile ones: lines past 65,536 UTF-16 units, astral characters, combining marks,
// unpaired surrogates, controls, CR line ends. Pieces of a long text must be annotated as
// the same text on its own would be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, Annotator } from '../../www/factlight.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function texts() {
  const golden = join(ROOT, 'tests/golden/inputs');
  const out = {};
  for (const name of (await readdir(golden)).sort()) out[name] = await readFile(join(golden, name), 'utf8');
  out['xss payloads'] = await readFile(join(ROOT, 'tests/hostile/xss-payloads.txt'), 'utf8');
  const line = 'Ahmed Al Kanani said "we stay" as 5,200 troops left Iraq 🇮🇶 on January 5, 2020; ';
  out['one 130,000-unit line'] = line.repeat(Math.ceil(130_000 / line.length));
  Object.assign(out, {
    'figures and a speaker': 'The fund lost between $3.5bn and $4bn, about 12% of 2,000 tonnes, said Dr. Jane Doe of the IMF, "nearly all of it" in 2 to 3 weeks.',
    'astral and scripts': '😀😀 “We stay,” said Ahmed Al Kanani 👨‍👩‍👧 in 中文 Baghdad on January 5.\r\nמחיר: $5 million; e\u0301e\u0301 90%.',
    'combining marks': 'Rene\u0301e Zellweger and Zoe\u0308 Saldan\u0303a met Jose\u0301 in Paris; "Cafe\u0301s are 20% dearer," said Zoe\u0308 Saldan\u0303a.',
    'unpaired surrogates': 'Iraq \uD800 said \uDC00 "x\uD83D" 5% \uDFFF end. President Angela\uD800Merkel said "no" in Berlin.',
    'controls': 'Baghdad\u0000 5\u0001,200 \u0007"quote\u001B" \u007F 90%',
    'CRLF and lone CR': 'Iraq\r\n"we stay,"\r said Ahmed.\r\r5,200 troops\r\n',
    'page test: emoji': 'The 👩‍👩‍👧 family 😀 met Ahmed Al Kanani in Baghdad 🇮🇶 on Monday and paid $5 million, about 12% more.',
    'page test: cjk': '東京都 said 中文 text: Mayor Eleanor Treloar visited Tokyo on 3 May 2024 with 1,200 people. "日本語 is fine," said Treloar.',
    'page test: rtl': 'قال أحمد الكناني إن Ahmed Al Kanani met officials in Baghdad. "نحن لا نريدهم" said Ahmed Al Kanani, and 90% agreed.',
    'empty': '',
    'quote marks': '"'.repeat(50),
    'capitals': 'A'.repeat(300),
  });
  return out;
}

// The CLI reads UTF-8, so the JS side's unpaired surrogates reach it as U+FFFD, as they
// reach the wasm engine (one UTF-16 unit either way: offsets do not move); the JS objects'
// `text` fields keep the caller's own code units and are compared the same way.
const wellFormed = (v) => (typeof v === 'string' ? v.toWellFormed()
  : Array.isArray(v) ? v.map(wellFormed)
  : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, wellFormed(x)])) : v);

function cli(text) {
  const out = execFileSync(join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug', 'factlight'),
    ['annotate', '-', '--format', 'json', '--offsets', 'utf16'], { input: text.toWellFormed(), encoding: 'utf8', maxBuffer: 256 << 20 });
  return JSON.parse(out).annotations;
}

test('annotate() gives exactly the native CLI records, and pieces what their text alone gives', async () => {
  execFileSync('cargo', ['build', '--quiet', '--locked', '--bin', 'factlight'], { cwd: ROOT, stdio: 'inherit' });
  await init(await readFile(join(ROOT, 'www/pkg/factlight_wasm_bg.wasm')));
  const annotator = new Annotator();
  const fields = new Set();
  let seen = 0;
  for (const [name, text] of Object.entries(await texts())) {
    const mine = annotator.annotate(text);
    assert.equal(JSON.stringify(wellFormed(mine)), JSON.stringify(cli(text)), name);
    for (const a of mine) Object.keys(a).forEach((k) => fields.add(k));
    seen += mine.length;
    // Each piece is annotated as its own document: as the piece's text alone, shifted to
    // where the piece starts (entity ids run on across pieces, so they are left out).
    const shift = (a, by) => {
      const b = { ...a, start: a.start + by, end: a.end + by };
      delete b.id;
      for (const k of ['speaker', 'cue', 'counted']) if (a[k]) b[k] = { ...a[k], start: a[k].start + by, end: a[k].end + by };
      return b;
    };
    for (const piece of annotator.pieces(text, { maxBytes: 2_000 })) {
      const alone = annotator.annotate(text.slice(piece.start, piece.end)).map((a) => shift(a, piece.start));
      assert.deepEqual(piece.annotations.map((a) => shift(a, 0)), alone, `${name}: piece ${piece.index}`);
    }
  }
  assert.ok(seen > 1_000, `only ${seen} annotations`);
  // Every field of the record occurs in these texts, so each is compared.
  const all = ['kind', 'label', 'start', 'end', 'text', 'id', 'canonical', 'style', 'speaker', 'speaker_name', 'cue',
    'value', 'end_value', 'unit', 'currency', 'normalized', 'qualifier', 'counted'];
  assert.deepEqual(all.filter((k) => !fields.has(k)), []);
  annotator.free();
});
