// Annotates the page's samples when the page is built, so it opens with its sample already
// highlighted instead of waiting for the engine to start in the browser (about half a
// second here). Run by `./x build` after wasm-bindgen: this is the same .wasm the page
// loads, run in node, so what the page shows first is exactly what its engine would
// return. Writes www/pkg/samples/NAME.json, {text, annotations}, for each www/samples/NAME.txt
// (www/pkg/ is generated and not committed), and www/index.html from
// www/index.template.html with the selected sample in it: its text in the text box, its
// highlights drawn by www/render.js itself (through tools/markup.mjs), its counts, and its
// annotations for app.js (a JSON <script>, which runs nothing). The page's first paint then
// shows the highlights, without waiting for a module or a fetch: cold start median 113
// against 208 ms (bench/coldstart.mjs, 12 loads each).
//
//   node tools/prerender.mjs
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, Annotator } from '../www/factlight.js';
import { KINDS, renderAnnotated } from '../www/render.js';
import { markupElement } from './markup.mjs';

const WWW = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'www');
const out = join(WWW, 'pkg', 'samples');

await init(await readFile(join(WWW, 'pkg', 'factlight_wasm_bg.wasm')));
const annotator = new Annotator();
await mkdir(out, { recursive: true });
const results = new Map(); // sample path, as in the template's menu -> {text, annotations, json}
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
  results.set(`samples/${name}`, { text, annotations, json });
  console.log(`prerendered samples/${name}: ${annotations.length} highlights`);
}
annotator.free();

let page = await readFile(join(WWW, 'index.template.html'), 'utf8');
const selected = /<option value="([^"]+)" selected>/.exec(page)?.[1];
const sample = results.get(selected);
if (sample) {
  const swap = (from, to) => {
    if (!page.includes(from)) throw new Error(`www/index.template.html has no ${from}`);
    page = page.replace(from, () => to);
  };
  const view = markupElement('article');
  renderAnnotated(view, sample.text, sample.annotations);
  swap('aria-describedby="view-help"></article>', `aria-describedby="view-help">${view.innerHTML}</article>`);
  // The parser drops one line end right after <textarea>: this one, not the text's own.
  const escaped = sample.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  swap('placeholder="Paste or type news text here"></textarea>', `placeholder="Paste or type news text here">\n${escaped}</textarea>`);
  for (const kind of KINDS) {
    const count = String(sample.annotations.filter((a) => a.kind === kind).length);
    swap(`id="count-${kind}">0</span>`, `id="count-${kind}">${count.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}</span>`);
  }
  // "<" escaped, so no "</script>" in a text can end the element early.
  swap('</body>', `<script type="application/json" id="prerendered">${sample.json.replace(/</g, '\\u003c')}</script>\n</body>`);
  console.log(`www/index.html: opens with ${selected} highlighted`);
} else {
  console.log(`www/index.html: ${selected} not prerendered; the page annotates it`);
}
await writeFile(join(WWW, 'index.html'), page);
