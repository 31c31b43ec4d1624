// Annotates the page's samples when the page is built, so it opens with its sample already
// highlighted instead of waiting for the engine to start in the browser (about half a
// second here). Run by `./x build` after wasm-bindgen: this is the same .wasm the page
// loads, run in node, so what the page shows first is exactly what its engine would
// return. Writes www/pkg/samples/NAME.json, {text, annotations}, for each www/samples/NAME.txt
// (www/pkg/ is generated and not committed), and www/index.html from
// www/index.template.html with the selected sample in it (tools/page-html.mjs: its text, its
// highlights as www/render.js draws them, its counts and annotations). The page's first paint then
// shows the highlights, without waiting for a module or a fetch: first highlight painted
// median 96 against 185 ms (bench/coldstart.mjs --loads 24 --against the code before).
//
//   node tools/prerender.mjs
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, Annotator } from '../www/factlight.js';
import { pageHtml, sampleJson } from './page-html.mjs';

const WWW = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'www');
const out = join(WWW, 'pkg', 'samples');

await init(await readFile(join(WWW, 'pkg', 'factlight_wasm_bg.wasm')));
const annotator = new Annotator();
await mkdir(out, { recursive: true });
const results = new Map(); // sample path, as in the template's menu -> {text, annotations}
for (const name of (await readdir(join(WWW, 'samples'))).filter((n) => n.endsWith('.txt')).sort()) {
  const text = await readFile(join(WWW, 'samples', name), 'utf8');
  const annotations = annotator.annotate(text);
  const json = sampleJson(text, annotations);
  if (json === null) {
    console.log(`samples/${name}: not prerendered (a value JSON cannot hold); the page annotates it`);
    continue;
  }
  await writeFile(join(out, `${basename(name, '.txt')}.json`), json);
  results.set(`samples/${name}`, { text, annotations });
  console.log(`prerendered samples/${name}: ${annotations.length} highlights`);
}
annotator.free();

const template = await readFile(join(WWW, 'index.template.html'), 'utf8');
const selected = /<option value="([^"]+)" selected>/.exec(template)?.[1];
const sample = results.get(selected);
const page = sample && pageHtml(template, sample);
console.log(page
  ? `www/index.html: opens with ${selected} highlighted`
  : `www/index.html: ${selected} not prerendered; the page annotates it`);
await writeFile(join(WWW, 'index.html'), page || template);
