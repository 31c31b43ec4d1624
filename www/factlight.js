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
let memory = null; // the engine's WebAssembly.Memory

/**
 * Loads and instantiates the engine; safe to call more than once. With no argument the
 * .wasm file is fetched from next to the glue (./pkg/), relative to this module, so the
 * page works from any sub-path. Also accepts a URL, a Response, bytes or a WebAssembly.Module.
 */
export function init(wasmUrlOrModule) {
  if (!ready) {
    const arg = wasmUrlOrModule === undefined ? undefined : { module_or_path: wasmUrlOrModule };
    ready = wasmInit(arg).then(
      (exports) => {
        memory = exports.memory;
        initialised = true;
      },
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

/**
 * The engine's memory in bytes (its WebAssembly memory: it grows to fit the largest piece
 * of text annotated so far and never shrinks); 0 before init().
 */
export function memoryBytes() {
  return memory?.buffer.byteLength ?? 0;
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
   * (an entity inside a quote) but never cross. `kinds` limits the work to some of
   * 'entity', 'quote' and 'number' (quotes still read the entities to find speakers).
   */
  annotate(text, { kinds } = {}) {
    if (typeof text !== 'string') {
      throw new TypeError(`factlight: annotate() takes a string, got ${describe(text)}`);
    }
    if (kinds !== undefined && !(Array.isArray(kinds) && kinds.every((k) => typeof k === 'string'))) {
      throw new TypeError(`factlight: kinds must be an array of 'entity', 'quote', 'number', got ${describe(kinds)}`);
    }
    if (!this.#inner) throw new Error('factlight: this Annotator was freed');
    try {
      return unpack(text, kinds === undefined ? this.#inner.annotate(text) : this.#inner.annotateKinds(text, kinds));
    } catch (e) {
      throw wrap('annotation failed', e);
    }
  }

  /**
   * Builds now what the engine otherwise builds on first use (its quote patterns and entity
   * model, a few hundred ms in all), e.g. while the page waits for its text.
   */
  warm() {
    if (!this.#inner) throw new Error('factlight: this Annotator was freed');
    this.#inner.warm();
  }

  /**
   * Annotates a long text a piece at a time, so a caller can show progress and results as
   * they come, and the engine's memory stays bounded by the piece. Pieces end at paragraph
   * breaks where they can and are at most `maxBytes` of UTF-8; each is annotated as its own
   * document (mentions of one entity share an id across pieces). A text no longer than
   * `maxBytes` is one piece, annotated exactly as annotate() does.
   *
   *   const pieces = annotator.pieces(text);
   *   for (const piece of pieces) show(piece.annotations, piece.end / text.length);
   *
   * Returns `{ bounds, next(), free(), [Symbol.iterator] }`: `bounds` holds where each piece
   * starts and, last, the text's length (UTF-16 units); next() annotates the next piece and
   * returns `{ index, start, end, annotations }` (offsets in the whole text), or null when all
   * are done; free() gives up the rest (a for-of loop left early does it by itself).
   */
  pieces(text, { maxBytes = 100_000 } = {}) {
    if (typeof text !== 'string') {
      throw new TypeError(`factlight: pieces() takes a string, got ${describe(text)}`);
    }
    if (!this.#inner) throw new Error('factlight: this Annotator was freed');
    let inner;
    let bounds;
    try {
      inner = this.#inner.pieces(text, Math.max(1, Math.floor(maxBytes)));
      bounds = Array.from(inner.bounds());
    } catch (e) {
      inner?.free();
      throw wrap('annotation failed', e);
    }
    let index = 0;
    const next = () => {
      if (index >= bounds.length - 1) return null;
      let annotations;
      try {
        annotations = unpack(text, inner.next());
      } catch (e) {
        index = bounds.length; // a failure inside wasm ends the run
        inner.free();
        throw wrap('annotation failed', e);
      }
      const piece = { index, start: bounds[index], end: bounds[index + 1], annotations };
      index += 1;
      if (index === bounds.length - 1) inner.free();
      return piece;
    };
    const free = () => {
      if (index < bounds.length - 1) {
        index = bounds.length;
        inner.free();
      }
    };
    return {
      bounds,
      next,
      free,
      *[Symbol.iterator]() {
        try {
          for (let piece = next(); piece; piece = next()) yield piece;
        } finally {
          free(); // a loop left early releases the rest
        }
      },
    };
  }

  /** Releases the engine memory now instead of waiting for garbage collection. */
  free() {
    if (this.#inner) {
      this.#inner.free();
      this.#inner = undefined;
    }
  }
}

/** One-shot annotation with a shared Annotator (options as Annotator.annotate). Requires a finished init(). */
export function annotate(text, options) {
  if (typeof text !== 'string') {
    throw new TypeError(`factlight: annotate() takes a string, got ${describe(text)}`);
  }
  requireInit();
  shared ??= new Annotator();
  return shared.annotate(text, options);
}

// The engine's results come packed into one Uint32Array (layout in wasm/src/packed.rs):
// objects built here from numbers cost a fraction of a JSON string parsed, and each `text`
// is sliced from the caller's own string (so an unpaired surrogate stays itself there, while
// names the engine wrote, `canonical` and `speaker_name`, hold U+FFFD for it). Keys come in
// the order of the CLI's `--format json` (tests/e2e/records.test.mjs compares the two).
const FORMAT = 1;
const HEADER_WORDS = 6;
const FLAG_COUNT = 13;
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true }); // a table string may start with U+FEFF

function unpack(text, words) {
  if (words[0] !== FORMAT) throw new Error(`engine results in format ${words[0]}, expected ${FORMAT}`);
  const [, nValues, tableBytes, nStrings, nRecords] = words;
  const values = new Float64Array(words.buffer, words.byteOffset + 4 * HEADER_WORDS, nValues);
  let i = HEADER_WORDS + 2 * nValues;
  const ends = words.subarray(i, i + nStrings);
  i += nStrings;
  const table = utf8.decode(new Uint8Array(words.buffer, words.byteOffset + 4 * i, tableBytes));
  i += Math.ceil(tableBytes / 4);
  const strings = new Array(nStrings);
  for (let k = 0, at = 0; k < nStrings; at = ends[k], k++) strings[k] = table.slice(at, ends[k]);
  const part = () => {
    const start = words[i];
    const end = words[i + 1];
    i += 2;
    return { start, end, text: text.slice(start, end) };
  };
  const out = [];
  let v = 0;
  for (let r = 0; r < nRecords; r++) {
    const flags = words[i];
    if (flags >>> FLAG_COUNT) throw new Error(`engine results with unknown fields (flags ${flags})`);
    const start = words[i + 3];
    const end = words[i + 4];
    const a = { kind: strings[words[i + 1]], label: strings[words[i + 2]], start, end, text: text.slice(start, end) };
    i += 5;
    if (flags & 1) a.id = words[i++];
    if (flags & 2) a.canonical = strings[words[i++]];
    if (flags & 4) a.style = strings[words[i++]];
    if (flags & 8) a.speaker = part();
    if (flags & 16) a.speaker_name = strings[words[i++]];
    if (flags & 32) a.cue = part();
    if (flags & 64) a.value = values[v++];
    if (flags & 128) a.end_value = values[v++];
    if (flags & 256) a.unit = strings[words[i++]];
    if (flags & 512) a.currency = strings[words[i++]];
    if (flags & 1024) a.normalized = strings[words[i++]];
    if (flags & 2048) a.qualifier = strings[words[i++]];
    if (flags & 4096) a.counted = part();
    out.push(a);
  }
  return out;
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
