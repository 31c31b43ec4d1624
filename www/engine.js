// Starts the engine as the page starts. index.html loads this module `async`, so it runs as
// soon as it arrives, without waiting for the document, the stylesheet or app.js and its
// imports: the .wasm is compiled here (streaming compilation runs off the main thread) and
// handed to each worker, which would otherwise fetch and compile it itself only after it
// has started. app.js imports this same module instance and takes the first worker.
performance.mark('fl:engine-start');

const wasmUrl = new URL('./pkg/factlight_wasm_bg.wasm', import.meta.url);
/** The compiled engine, or null if that failed here (each worker then tries by itself). */
export const compiled = WebAssembly.compileStreaming(fetch(wasmUrl)).catch(() => null);

/** A new engine worker. A failure to start that comes before anyone listens is kept in `failed`. */
export function spawnWorker() {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.failed = null;
  worker.addEventListener('error', (e) => {
    e.preventDefault(); // the page reports it in its status line
    worker.failed ??= e.message || 'unknown error';
  });
  compiled.then((wasm) => worker.postMessage({ wasm }));
  return worker;
}

let first = spawnWorker();

/** The worker started with the page the first time, a new one after that. */
export function takeWorker() {
  const worker = first ?? spawnWorker();
  first = null;
  return worker;
}
