// The engine's thread: the page posts {id, text} and gets back {id, annotations, ms} or
// {id, error}. Annotating here keeps the page's main thread free for typing.
//
// Start-up is on the path to the first highlight, so nothing here waits for anything it
// need not: the page compiles the .wasm while this worker starts and posts the compiled
// WebAssembly.Module as its first message ({wasm}, or {wasm: null} if it could not, and
// then init() fetches the file itself); the glue modules load meanwhile (a dynamic import,
// so this script runs, and listens, before they arrive, and fetched side by side). Texts that come before the engine
// is ready wait for it.
performance.mark('fl:worker-start');

let wasmArrived;
const wasm = new Promise((resolve) => { wasmArrived = resolve; });
// Both glue modules at once: factlight.js imports the other, which would otherwise be
// fetched only after factlight.js arrived.
const glue = import('./factlight.js');
import('./pkg/factlight_wasm.js').catch(() => {}); // any failure surfaces through `glue`
const ready = Promise.all([glue, wasm]).then(([{ init, Annotator }, module]) =>
  init(module ?? undefined).then(() => {
    performance.mark('fl:wasm-instantiated');
    const annotator = new Annotator();
    performance.mark('fl:annotator-built');
    return annotator;
  }));
ready.catch(() => {}); // reported to each request below
let first = true;

self.onmessage = async ({ data }) => {
  if ('wasm' in data) {
    wasmArrived(data.wasm);
    return;
  }
  const { id, text } = data;
  try {
    const annotator = await ready;
    const t0 = performance.now();
    const annotations = annotator.annotate(text);
    if (first) {
      first = false;
      performance.mark('fl:first-annotate');
    }
    self.postMessage({ id, annotations, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
