// Starts the engine as the page starts. index.html loads this module `async`, so it runs as
// soon as it arrives, without waiting for the document, the stylesheet or app.js and its
// imports: the .wasm is compiled here (streaming compilation runs off the main thread) and
// handed to each worker, which would otherwise fetch and compile it itself only after it
// has started. The worker itself is started by app.js when it has a text for it: the page
// opens with its sample highlighted at build time, and a worker starting meanwhile took
// CPU from that first paint on a 2-core machine (bench/coldstart.mjs, alternated: first
// highlight painted 174 and 207 ms against 232 and 222, the engine's first result no later).
performance.mark('fl:engine-start');

const wasmUrl = new URL('./pkg/factlight_wasm_bg.wasm', import.meta.url);
/** The compiled engine, or null if that failed here (each worker then tries by itself). */
const compiled = WebAssembly.compileStreaming(fetch(wasmUrl)).catch(() => null);

/** A new engine worker, handed the compiled engine when it is ready. */
export function spawnWorker() {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  compiled.then((wasm) => worker.postMessage({ wasm }));
  return worker;
}
