// Starts the engine's worker when app.js has a text for it, and only then fetches and
// compiles the .wasm for it (streaming compilation, handed to each worker, which would
// otherwise fetch and compile it itself only after it has started). Not sooner: the page
// opens with its sample highlighted at build time, and on a 2-core machine a worker starting,
// the wasm compiling (its streaming takes the page's main thread ~20 ms) and even its
// download (~900 KB gzipped) all took time from that first paint. bench/coldstart.mjs, 24
// loads interleaved with the page that compiled as it started and preloaded the .wasm: first
// highlight painted 171 against 213 ms (median), the engine's first result 441 against 424 ms.
const wasmUrl = new URL('./pkg/factlight_wasm_bg.wasm', import.meta.url);
/** The compiled engine once asked for, or null if that failed here (each worker then tries by itself). */
let compiled = null;

/** A new engine worker, handed the compiled engine when it is ready. */
export function spawnWorker() {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  // In a promise, so that a browser without WebAssembly streaming (which throws at once)
  // leaves the worker to try by itself rather than the caller with a worker it cannot stop.
  compiled ??= Promise.resolve()
    .then(() => {
      performance.mark('fl:engine-start');
      return WebAssembly.compileStreaming(fetch(wasmUrl));
    })
    .catch(() => null);
  compiled.then((wasm) => worker.postMessage({ wasm }));
  return worker;
}
