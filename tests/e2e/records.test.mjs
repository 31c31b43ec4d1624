// The JS API's objects against the native CLI's JSON: the engine hands its results to JS
// packed into numbers (wasm/src/packed.rs) and www/factlight.js unpacks them, so here every
// field of every annotation (with its speaker, cue and counted parts) is compared with what
// `factlight annotate --format jsonl --offsets utf16` writes for the same texts, and the
// object keys must come in the CLI's record order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, Annotator } from '../../www/factlight.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ORDER = ['kind', 'label', 'start', 'end', 'text', 'id', 'canonical', 'style', 'speaker', 'speaker_name',
  'cue', 'value', 'end_value', 'unit', 'currency', 'normalized', 'qualifier', 'counted'];

// Keys sorted at every level, so objects compare whatever order their keys came in.
const sorted = (v) => (Array.isArray(v) ? v.map(sorted)
  : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v);

async function texts() {
  const golden = join(ROOT, 'tests/golden/inputs');
  const out = [];
  for (const name of (await readdir(golden)).sort()) out.push(await readFile(join(golden, name), 'utf8'));
  out.push(await readFile(join(ROOT, 'tests/hostile/xss-payloads.txt'), 'utf8'));
  out.push('😀😀 “We stay,” said Ahmed Al Kanani 👨‍👩‍👧 in 中文 Baghdad on January 5.\r\nמחיר: $5 million; e\u0301e\u0301 90%.');
  out.push('The fund lost between $3.5bn and $4bn, about 12% of 2,000 tonnes, said Dr. Jane Doe of the IMF, "nearly all of it" in 2 to 3 weeks.');
  out.push('', '   ', '"'.repeat(50), 'A'.repeat(300));
  return out;
}

test('annotate() gives exactly the native CLI records, keys in record order', async () => {
  await init(await readFile(join(ROOT, 'www/pkg/factlight_wasm_bg.wasm')));
  const all = await texts();
  const input = all.map((text, id) => JSON.stringify({ id, text })).join('\n');
  const stdout = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'factlight', '--', 'annotate', '-', '--format', 'jsonl', '--offsets', 'utf16'],
    { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  const native = stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(native.length, all.length);
  const annotator = new Annotator();
  let seen = 0;
  const fields = new Set();
  for (const { id, annotations } of native) {
    const mine = annotator.annotate(all[id]);
    assert.deepEqual(sorted(mine), sorted(annotations), `text ${id}`);
    for (const a of mine) {
      const keys = Object.keys(a);
      assert.deepEqual(keys, ORDER.filter((k) => keys.includes(k)), `key order in text ${id}`);
      keys.forEach((k) => fields.add(k));
    }
    // A long text a piece at a time: the same records, offsets in the whole text.
    const pieces = [...annotator.pieces(all[id], { maxBytes: 200 })].flatMap((p) => p.annotations);
    for (const a of pieces) assert.equal(all[id].slice(a.start, a.end), a.text, `piece offsets in text ${id}`);
    seen += mine.length;
  }
  assert.ok(seen > 100, `only ${seen} annotations`);
  // Every field of the record occurs somewhere in these texts, so each is compared.
  assert.deepEqual(ORDER.filter((k) => !fields.has(k)), []);
  annotator.free();
});
