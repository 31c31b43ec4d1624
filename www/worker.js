// The engine's thread: the page posts {id, text} and gets back one message per piece of it,
// {id, index, start, end, annotations, done, ms} (see below), or {id, error}. Annotating
// here keeps the page's main thread free for typing.
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

// A long text is annotated a piece at a time (see Annotator.pieces): each piece's result is
// posted as soon as it is ready, {id, index, start, end, annotations, done, ms} (the first
// also carries `bounds`, where every piece starts), so the page shows progress and results
// as they come, and the engine's memory stays bounded by the piece. Between pieces the
// worker reads its messages: a newer text ends the older one's run.
const PIECE_BYTES = 100_000;
let latest = null; // the newest text not yet started: {id, text}
let running = false;

self.onmessage = ({ data }) => {
  if ('wasm' in data) {
    wasmArrived(data.wasm);
    return;
  }
  latest = data;
  if (!running) run();
};

async function run() {
  running = true;
  while (latest) {
    const { id, text } = latest;
    latest = null;
    let pieces = null;
    try {
      const annotator = await ready;
      if (latest) continue; // a newer text came while the engine started
      pieces = annotator.pieces(text, { maxBytes: PIECE_BYTES });
      const last = pieces.bounds.length - 2;
      let ms = 0;
      for (let index = 0; index <= last; index++) {
        const t0 = performance.now();
        const piece = pieces.next();
        ms += performance.now() - t0;
        if (first) {
          first = false;
          performance.mark('fl:first-annotate');
        }
        const bounds = index === 0 ? pieces.bounds : undefined;
        self.postMessage({ id, ...piece, bounds, done: index === last, ms });
        if (index === last) break;
        await new Promise((resume) => setTimeout(resume, 0)); // let a newer text arrive
        if (latest) break; // it did: this text is stale
      }
    } catch (e) {
      self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
    } finally {
      pieces?.free();
    }
  }
  running = false;
}
