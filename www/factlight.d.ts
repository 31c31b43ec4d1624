// Hand-written types for factlight.js. Offsets are UTF-16 code units, half-open:
// `text.slice(a.start, a.end) === a.text` for every annotation and every sub-span.

/** A part of the text, e.g. the words naming a speaker. */
export interface SubSpan {
  /** First UTF-16 code unit (inclusive). */
  start: number;
  /** UTF-16 code unit after the last (exclusive). */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
}

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'NORP' | 'MISC';
export type NumberLabel =
  | 'cardinal'
  | 'ordinal'
  | 'percent'
  | 'money'
  | 'quantity'
  | 'date'
  | 'time'
  | 'duration';
export type QuoteStyle = 'direct' | 'partial' | 'scare';
export type Qualifier = 'approximate' | 'at_least' | 'at_most';
export type Kind = 'entity' | 'quote' | 'number';

interface Base {
  /** First UTF-16 code unit (inclusive). */
  start: number;
  /** UTF-16 code unit after the last (exclusive). */
  end: number;
  /** The annotated text, `text.slice(start, end)`. */
  text: string;
}

/** A named entity: person, organisation, place, nationality/group, or other. */
export interface EntityAnnotation extends Base {
  kind: 'entity';
  label: EntityLabel;
  /** Per-document id shared by every mention of the same entity. */
  id: number;
  /** The entity's fullest name in the document. */
  canonical: string;
}

/** A quotation, with its speaker when one was found. */
export interface QuoteAnnotation extends Base {
  kind: 'quote';
  label: 'quote';
  style: QuoteStyle;
  /** The words naming the speaker ("he", "Khalid"). */
  speaker?: SubSpan;
  /** The named person the speaker words refer to. */
  speaker_name?: string;
  /** The speech verb ("said"). */
  cue?: SubSpan;
}

/** A figure: count, ordinal, percentage, amount of money, quantity, date, time or duration. */
export interface NumberAnnotation extends Base {
  kind: 'number';
  label: NumberLabel;
  /** Normalised value; the lower end of a range. */
  value?: number;
  /** Upper end of a range. */
  end_value?: number;
  /** Unit of a quantity, duration or percentage ("%", "km", "year"). */
  unit?: string;
  /** ISO 4217 currency code of an amount of money. */
  currency?: string;
  /** Normalised date or time (ISO 8601 where known), or a duration of several parts ("P6Y8M"). */
  normalized?: string;
  qualifier?: Qualifier;
  /** What the figure counts ("soldiers"). */
  counted?: SubSpan;
}

/** One annotation; switch on `kind` to reach the kind's details. */
export type Annotation = EntityAnnotation | QuoteAnnotation | NumberAnnotation;
/** One annotated piece of a long text; offsets are in the whole text. */
export interface Piece {
  /** The piece's position in order, from 0. */
  index: number;
  start: number;
  end: number;
  annotations: Annotation[];
}
/** A long text being annotated piece by piece (see Annotator.pieces). */
export interface Pieces extends Iterable<Piece> {
  /** Where each piece starts, then the text's length (UTF-16 units). */
  bounds: number[];
  /** Annotates the next piece; null when every piece is done. */
  next(): Piece | null;
  /** Gives up the pieces not yet annotated, releasing their engine memory. */
  free(): void;
}

/**
 * Loads the engine. With no argument the .wasm file is fetched from ./pkg/ next to
 * factlight.js. Resolves once; later calls return the same promise.
 */
export function init(
  wasmUrlOrModule?: string | URL | Request | Response | BufferSource | WebAssembly.Module,
): Promise<void>;

/** True once init() has finished. */
export function isReady(): boolean;
/**
 * The engine's memory in bytes (its WebAssembly memory: it grows to fit the largest piece
 * of text annotated so far and never shrinks); 0 before init().
 */
export function memoryBytes(): number;

/**
 * Annotates `text` with a shared Annotator. Sorted by start, then longer first; annotations
 * nest but never cross.
 * @throws TypeError if `text` is not a string; Error if init() has not finished or the engine fails.
 */
export function annotate(text: string, options?: AnnotateOptions): Annotation[];
/** Options of annotate(). */
export interface AnnotateOptions {
  /** Run only these detectors (quotes still read the entities to find speakers). Default: all. */
  kinds?: Array<'entity' | 'quote' | 'number'>;
}

/** A reusable annotator. Construct after init(). */
export class Annotator {
  /** @throws Error if init() has not finished. */
  constructor();
  /** @throws TypeError if `text` is not a string; Error if the engine fails or was freed. */
  annotate(text: string, options?: AnnotateOptions): Annotation[];
  /** Builds now what the engine otherwise builds on first use (quote patterns, entity model). */
  warm(): void;
  /**
   * Annotates a long text a piece at a time (pieces end at paragraph breaks where they can,
   * at most `maxBytes` of UTF-8 each, default 100,000), for progress and results as they come.
   * @throws TypeError if `text` is not a string; Error if the engine fails or was freed.
   */
  pieces(text: string, options?: { maxBytes?: number }): Pieces;
  /** Releases the engine memory now. */
  free(): void;
}
