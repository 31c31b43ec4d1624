// Types for highlight.js: paints factlight's annotations on a page you don't own with the
// CSS Custom Highlight API, touching no element of the page.
import type { Annotation, Kind } from './factlight.js';

export const KINDS: readonly Kind[];

/** The names registered in CSS.highlights, one per kind. */
export const HIGHLIGHT_NAMES: { readonly entity: 'factlight-entity'; readonly quote: 'factlight-quote'; readonly number: 'factlight-number' };

/** The ::highlight() rules for those names (added for you unless `stylesheet: false`). */
export const HIGHLIGHT_CSS: string;

export interface HighlightOptions {
  /** The kinds shown; default all three. */
  kinds?: Iterable<Kind>;
  /** Annotates the collected text; default: the engine in ./factlight.js, initialised on first use. */
  annotate?: (text: string) => Annotation[] | Promise<Annotation[]>;
  /** Adds HIGHLIGHT_CSS to document.adoptedStyleSheets; default true. */
  stylesheet?: boolean;
  /** Re-paints when the text under root changes; default true. */
  observe?: boolean;
  /** Quiet time before a re-paint, ms; default 300. */
  delay?: number;
  /** Longest wait for a re-paint after the first change, ms; default 2000. */
  maxWait?: number;
  /** Shows details when the pointer rests on a highlight; default true. */
  hover?: boolean;
  /** Called after every paint. */
  onpaint?: (controller: HighlightController) => void;
}

export interface EntityGroup {
  id: number;
  label: string;
  /** The fullest name in the document. */
  name: string;
  count: number;
  /** Indices into `annotations`. */
  mentions: number[];
}

export interface QuotedGroup {
  /** The speaker's name, or 'speaker unknown'. */
  speaker: string;
  known: boolean;
  count: number;
  quotes: string[];
  /** Indices into `annotations`. */
  mentions: number[];
}

export interface HighlightController {
  readonly root: Element;
  /** True until off(). */
  readonly on: boolean;
  /** The annotated text: the visible text under root, blocks separated by blank lines. */
  readonly text: string;
  /** Annotations of the last paint; offsets are UTF-16 units into `text`. */
  readonly annotations: Annotation[];
  readonly counts: { entity: number; quote: number; number: number };
  readonly entities: EntityGroup[];
  /** Who is quoted (direct and partial quotes), most quoted first, unknown speakers last. */
  readonly quotes: QuotedGroup[];
  /** The kinds shown. */
  readonly kinds: Kind[];
  /** The annotation under the pointer whose details are shown, or null. */
  readonly hovered: Annotation | null;
  setKinds(kinds: Iterable<Kind>): void;
  /** The Range painted for annotations[i], or null. */
  rangeOf(i: number): Range | null;
  /** Scrolls annotations[i] into view. */
  reveal(i: number): void;
  /** Re-collects, re-annotates and re-paints now. */
  update(): Promise<void>;
  /** Removes every highlight, observer, listener, the stylesheet and the popup host element. */
  off(): void;
}

/** Annotates the visible text under `root` and paints it; resolves after the first paint. */
export function highlight(root: Element, options?: HighlightOptions): Promise<HighlightController>;

/** The article on a news-like page: the main <article>, else the densest text block, else <body>. */
export function findArticle(doc?: Document): Element;

/** The visible text under root and the text nodes it came from. */
export function collectText(root: Element): { text: string; nodes: Text[]; starts: number[] };
