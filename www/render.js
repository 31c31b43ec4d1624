// Turns text + annotations into DOM: text nodes and <mark> elements, nested the way the
// annotations nest. User text only ever reaches the DOM as text nodes (never innerHTML),
// so pasted markup shows as literal characters.

export const KINDS = ['entity', 'quote', 'number'];

const ENTITY_NAMES = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  NORP: 'nationality or group',
  MISC: 'other name',
};
const QUALIFIERS = { approximate: 'approximately', at_least: 'at least', at_most: 'at most' };

/**
 * Fills `container` with `text`, wrapping each annotation whose kind is in `shown` in a
 * <mark>. Returns an array parallel to `annotations`: the mark of each, or null when its kind
 * is hidden (or, defensively, when it would cross another annotation).
 */
export function renderAnnotated(container, text, annotations, shown = new Set(KINDS)) {
  const build = new Builder(container.ownerDocument, text, annotations, shown);
  build.run(annotations.length);
  return build.finish(container);
}

/**
 * Like renderAnnotated, but builds the DOM in slices of about `sliceMs`, yielding to the
 * event loop between them so a huge result (tens of thousands of marks) does not freeze
 * typing. The container changes once, at the end. Resolves to the marks, or to null if
 * `cancelled()` turned true meanwhile (the text changed, a newer result arrived).
 */
export async function renderAnnotatedInSlices(container, text, annotations, shown, cancelled, sliceMs = 12) {
  const build = new Builder(container.ownerDocument, text, annotations, shown);
  while (build.next < annotations.length) {
    const until = performance.now() + sliceMs;
    while (build.next < annotations.length && performance.now() < until) {
      build.run(Math.min(annotations.length, build.next + 500));
    }
    await new Promise((resume) => setTimeout(resume, 0));
    if (cancelled()) return null;
  }
  return build.finish(container);
}

/**
 * Fills `container` with one block per piece of a long text (`bounds`: where each piece
 * starts, then the text's end), each holding its plain text for now; returns the blocks.
 * The blocks are laid out only when near the viewport (CSS content-visibility), so a
 * 10 MB text does not freeze the page.
 */
export function renderPieces(container, text, bounds) {
  const doc = container.ownerDocument;
  const blocks = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const block = doc.createElement('div');
    block.className = 'piece';
    block.append(doc.createTextNode(text.slice(bounds[k], bounds[k + 1])));
    blocks.push(block);
  }
  container.replaceChildren(...blocks);
  return blocks;
}

/**
 * Fills `block` with `text` from `start` to `end`, highlighted: `annotations` are those in
 * it, numbered from `base` in the whole result (for data-i). Returns their marks.
 */
export function renderPiece(block, text, start, end, annotations, base, shown = new Set(KINDS)) {
  const build = new Builder(block.ownerDocument, text, annotations, shown, start, end, base);
  build.run(annotations.length);
  return build.finish(block);
}

/** Builds the highlighted DOM into a detached fragment, annotation by annotation. */
class Builder {
  /** Covers `text` from `from` to `to`; annotation k is numbered `base + k` (data-i). */
  constructor(doc, text, annotations, shown, from = 0, to = text.length, base = 0) {
    this.doc = doc;
    this.text = text;
    this.annotations = annotations;
    this.shown = shown;
    this.base = base;
    this.marks = new Array(annotations.length).fill(null);
    this.root = doc.createDocumentFragment();
    // Open marks, innermost last; the fragment is the outermost "mark", spanning everything.
    this.stack = [{ el: this.root, end: to }];
    this.pos = from; // text before this position is already in the DOM
    this.next = 0; // the next annotation to place
    this.protos = new Map(); // "kind label" -> a mark with what all of them share
  }

  /**
   * A mark for `a`, numbered `i`, cloned from one made per kind and label: made one by one,
   * five attributes set on each, 22,723 marks took 80 ms against 54 (Chromium).
   */
  makeMark(a, i) {
    const key = `${a.kind} ${a.label}`;
    let proto = this.protos.get(key);
    if (!proto) {
      proto = this.doc.createElement('mark');
      proto.className = `fl fl-${a.kind}`;
      proto.dataset.kind = a.kind;
      proto.dataset.label = a.label;
      proto.dataset.chip = chipText(a);
      proto.tabIndex = 0;
      this.protos.set(key, proto);
    }
    const mark = proto.cloneNode(false);
    mark.setAttribute('data-i', String(i));
    mark.setAttribute('aria-label', accessibleLabel(a));
    return mark;
  }

  emit(el, to) {
    if (to > this.pos) el.append(this.doc.createTextNode(this.text.slice(this.pos, to)));
    this.pos = Math.max(this.pos, to);
  }


  /** Places annotations up to (not including) index `until`. */
  run(until) {
    const { annotations, stack } = this;
    for (; this.next < until; this.next++) {
      const a = annotations[this.next];
      if (!this.shown.has(a.kind)) continue;
      while (stack.length > 1 && stack[stack.length - 1].end <= a.start) {
        const done = stack.pop();
        this.emit(done.el, done.end);
      }
      const top = stack[stack.length - 1];
      // The engine promises sorted, non-crossing spans; skip anything that breaks that
      // rather than scrambling the text.
      if (a.start < this.pos || a.end > top.end || a.end < a.start) continue;
      this.emit(top.el, a.start);
      const mark = this.makeMark(a, this.base + this.next);
      top.el.append(mark);
      this.marks[this.next] = mark;
      stack.push({ el: mark, end: a.end });
    }
  }

  /** Closes the open marks, adds the remaining text and puts it all in `container`. */
  finish(container) {
    while (this.stack.length > 1) {
      const done = this.stack.pop();
      this.emit(done.el, done.end);
    }
    this.emit(this.root, this.stack[0].end);
    container.replaceChildren(this.root);
    return this.marks;
  }
}

/**
 * A count with thousands separators, "12,345". Not toLocaleString: Intl's number formatting
 * loads the browser's locale data on first use, ~20 ms of a fresh page on the way to its
 * first highlight (the counts are drawn with it).
 */
export function grouped(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The short label shown in front of a highlight (a non-colour cue for its kind). */
export function chipText(a) {
  switch (a.kind) {
    case 'entity': return a.label;
    case 'quote': return 'quote';
    case 'number': return a.label === 'percent' ? '%' : a.label;
    default: return String(a.label);
  }
}

/** What a screen reader announces for a highlight, e.g. "person Ahmed Al Kanani". */
export function accessibleLabel(a) {
  switch (a.kind) {
    case 'entity':
      return `${ENTITY_NAMES[a.label] ?? a.label}: ${a.text}`;
    case 'quote':
      return `quote by ${speakerOf(a)}: ${a.text}`;
    case 'number':
      return `${a.label}: ${a.text}`;
    default:
      return a.text;
  }
}

/** Who said a quote, as shown to the reader. */
export function speakerOf(a) {
  return a.speaker_name ?? a.speaker?.text ?? 'speaker unknown';
}

/** The details of an annotation as [term, value] rows for the popup. */
export function detailRows(a) {
  const rows = [];
  switch (a.kind) {
    case 'entity':
      rows.push(['entity', `${a.label} (${ENTITY_NAMES[a.label] ?? 'entity'})`]);
      rows.push(['name', a.canonical ?? a.text]);
      break;
    case 'quote':
      rows.push(['quote', a.style ?? 'quote']);
      rows.push(['speaker', speakerOf(a)]);
      if (a.speaker_name && a.speaker && a.speaker.text !== a.speaker_name) {
        rows.push(['named as', a.speaker.text]);
      }
      if (a.cue) rows.push(['verb', a.cue.text]);
      break;
    case 'number': {
      rows.push(['number', a.label]);
      if (a.qualifier) rows.push(['qualifier', QUALIFIERS[a.qualifier] ?? a.qualifier]);
      if (a.value !== undefined) {
        const value = a.end_value !== undefined
          ? `${formatNumber(a.value)} to ${formatNumber(a.end_value)}`
          : formatNumber(a.value);
        rows.push(['value', value]);
      }
      if (a.currency) rows.push(['currency', a.currency]);
      if (a.unit) rows.push(['unit', a.unit]);
      if (a.normalized) rows.push(['normalised', a.normalized]);
      if (a.counted) rows.push(['counts', a.counted.text]);
      break;
    }
    default:
      rows.push(['label', String(a.label)]);
  }
  return rows;
}

function formatNumber(n) {
  return Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: 6 }) : String(n);
}

/** Fills the popup element with an annotation's details (text nodes only). */
export function fillDetails(popup, a) {
  const doc = popup.ownerDocument;
  const title = doc.createElement('p');
  title.className = `popup-title fl-${a.kind}`;
  title.textContent = a.text.length > 80 ? `${a.text.slice(0, 77)}…` : a.text;
  const list = doc.createElement('dl');
  for (const [term, value] of detailRows(a)) {
    const dt = doc.createElement('dt');
    dt.textContent = term;
    const dd = doc.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  popup.replaceChildren(title, list);
}
