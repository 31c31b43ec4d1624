// Annotates the page's samples when the page is built, so it opens with its sample already
// highlighted instead of waiting for the engine to start in the browser (about half a
// second here). Run by `./x build` after wasm-bindgen: this is the same .wasm the page
// loads, run in node, so what the page shows first is exactly what its engine would
// return. Writes www/pkg/samples/NAME.json, {text, annotations}, for each www/samples/NAME.txt
// (www/pkg/ is generated and not committed).
//
//   node tools/prerender.mjs
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, Annotator } from '../www/factlight.js';

const WWW = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'www');
const out = join(WWW, 'pkg', 'samples');

await init(await readFile(join(WWW, 'pkg', 'factlight_wasm_bg.wasm')));
const annotator = new Annotator();
await mkdir(out, { recursive: true });
for (const name of (await readdir(join(WWW, 'samples'))).filter((n) => n.endsWith('.txt')).sort()) {
  const text = await readFile(join(WWW, 'samples', name), 'utf8');
  const annotations = annotator.annotate(text);
  // JSON cannot hold Infinity (a figure too large for a double): such a sample is left to
  // the engine in the page rather than shown with null values.
  let exact = true;
  const json = JSON.stringify({ text, annotations }, (_, v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) exact = false;
    return v;
  });
  if (!exact) {
    console.log(`samples/${name}: not prerendered (a value JSON cannot hold); the page annotates it`);
    continue;
  }
  await writeFile(join(out, `${basename(name, '.txt')}.json`), json);
  console.log(`prerendered samples/${name}: ${annotations.length} highlights`);
}
annotator.free();
