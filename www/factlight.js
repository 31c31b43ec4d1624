// factlight's JavaScript API: a thin wrapper around the wasm-bindgen output in ./pkg.
//
//   import { init, annotate } from './factlight.js';
//   await init();
//   for (const a of annotate(text)) console.log(a.kind, a.label, text.slice(a.start, a.end));
//
// Offsets are UTF-16 code units, half-open, so `text.slice(a.start, a.end) === a.text`.
// Every failure reaches the caller as a JS Error (TypeError for a non-string input).
import wasmInit, { Annotator as WasmAnnotator } from './pkg/factlight_wasm.js';

let ready = null; // the init promise, shared by every caller
let initialised = false;
let shared = null; // the Annotator behind the one-shot annotate()

/**
 * Loads and instantiates the engine; safe to call more than once. With no argument the
 * .wasm file is fetched from next to the glue (./pkg/), relative to this module, so the
 * page works from any sub-path. Also accepts a URL, a Response, bytes or a WebAssembly.Module.
 */
export function init(wasmUrlOrModule) {
  if (!ready) {
    const arg = wasmUrlOrModule === undefined ? undefined : { module_or_path: wasmUrlOrModule };
    ready = wasmInit(arg).then(
      () => { initialised = true; },
      (e) => {
        ready = null; // let a later call retry (e.g. after a network hiccup)
        throw wrap('cannot load the engine', e);
      },
    );
  }
  return ready;
}

/** True once init() has finished. */
export function isReady() {
  return initialised;
}

/** A reusable annotator; build it once after init() and call annotate() many times. */
export class Annotator {
  #inner;

  constructor() {
    requireInit();
    try {
      this.#inner = new WasmAnnotator();
    } catch (e) {
      throw wrap('cannot build the annotator', e);
    }
  }

  /**
   * Annotates `text`; returns plain objects sorted by start, longer first. They nest
   * (an entity inside a quote) but never cross.
   */
  annotate(text) {
    if (typeof text !== 'string') {
      throw new TypeError(`factlight: annotate() takes a string, got ${describe(text)}`);
    }
    if (!this.#inner) throw new Error('factlight: this Annotator was freed');
    try {
      return this.#inner.annotate(text);
    } catch (e) {
      throw wrap('annotation failed', e);
    }
  }

  /** Releases the engine memory now instead of waiting for garbage collection. */
  free() {
    if (this.#inner) {
      this.#inner.free();
      this.#inner = undefined;
    }
  }
}

/** One-shot annotation with a shared Annotator. Requires a finished init(). */
export function annotate(text) {
  if (typeof text !== 'string') {
    throw new TypeError(`factlight: annotate() takes a string, got ${describe(text)}`);
  }
  requireInit();
  shared ??= new Annotator();
  return shared.annotate(text);
}

function requireInit() {
  if (!initialised) throw new Error('factlight: call `await init()` before annotating');
}

function describe(v) {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

function wrap(what, e) {
  const message = e instanceof Error ? e.message : String(e);
  return new Error(`factlight: ${what}: ${message}`, { cause: e });
}
