// Assembles the npm package from the built page engine: node tools/package.mjs [OUT_DIR]
// (after ./x build). Writes target/npm/factlight/ by default, ready for `npm pack`.
//
// The package is the page's own modules, unbundled: factlight.js (engine API), highlight.js
// (CSS Custom Highlight renderer) and render.js (the details it shows), their .d.ts, and the
// wasm-bindgen output in pkg/. The glue finds its .wasm with
// new URL('factlight_wasm_bg.wasm', import.meta.url), which works from node_modules with no
// bundler and which Vite, webpack 5 and Rollup's URL plugins rewrite to an asset.
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WWW = join(ROOT, 'www');

/** The [package] table's fields of the root Cargo.toml that the package repeats. */
export async function crateInfo() {
  const toml = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  const table = toml.match(/^\[package\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m);
  if (!table) throw new Error('Cargo.toml has no [package] table');
  const field = (name) => table[1].match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'))?.[1];
  const version = field('version');
  if (!version) throw new Error('Cargo.toml [package] has no version');
  return { version, description: field('description'), license: field('license') };
}

/** The engine files, relative to www/, that the package and the extension both carry. */
export const ENGINE_FILES = [
  'factlight.js',
  'highlight.js',
  'render.js',
  'pkg/factlight_wasm.js',
  'pkg/factlight_wasm_bg.wasm',
];

/** Fails with a clear message when ./x build has not been run. */
export async function requireBuilt() {
  for (const f of ENGINE_FILES) {
    try {
      await stat(join(WWW, f));
    } catch {
      throw new Error(`www/${f} is missing: run ./x build first`);
    }
  }
}

export async function buildPackage(out = join(ROOT, 'target', 'npm', 'factlight')) {
  await requireBuilt();
  const { version, description, license } = await crateInfo();
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'pkg'), { recursive: true });
  const files = [...ENGINE_FILES, 'factlight.d.ts', 'highlight.d.ts'];
  for (const f of files) await copyFile(join(WWW, f), join(out, f));
  const manifest = {
    name: 'factlight',
    version,
    description,
    license,
    type: 'module',
    main: './factlight.js',
    types: './factlight.d.ts',
    exports: {
      '.': { types: './factlight.d.ts', default: './factlight.js' },
      './highlight': { types: './highlight.d.ts', default: './highlight.js' },
      './package.json': './package.json',
    },
    files: [...files, 'README.md'],
    sideEffects: false,
    keywords: ['nlp', 'named-entity-recognition', 'quotes', 'numbers', 'news', 'webassembly', 'highlight'],
  };
  await writeFile(join(out, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  await writeFile(join(out, 'README.md'), README);
  return { out, version };
}

const README = `# factlight

Highlights entities, quotes and numbers in news text, entirely in the browser (Rust compiled
to WebAssembly; nothing is sent anywhere).

\`\`\`js
import { init, annotate } from 'factlight';
await init(); // fetches pkg/factlight_wasm_bg.wasm next to the module
for (const a of annotate(text)) console.log(a.kind, a.label, text.slice(a.start, a.end));
\`\`\`

Offsets are UTF-16 code units, half-open, so \`text.slice(a.start, a.end) === a.text\`.

To paint a page you don't own with the CSS Custom Highlight API (no element of it changes):

\`\`\`js
import { highlight, findArticle } from 'factlight/highlight';
const hl = await highlight(findArticle(document));
console.log(hl.counts); hl.off();
\`\`\`

With no bundler, serve the package's files and import \`factlight.js\` by a relative path or an
import map. With Vite, \`import 'factlight'\` works in \`vite build\`; for \`vite dev\`, add
\`optimizeDeps: { exclude: ['factlight'] }\` so the .wasm URL is not rewritten by pre-bundling.
The page's CSP needs \`script-src 'self' 'wasm-unsafe-eval'\`.
`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { out, version } = await buildPackage(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`factlight ${version}: package in ${out} (npm pack ${out})`);
}
