// A long text's reading view: one block per piece; once a piece's highlights are in, its
// block is cut into parts of a few thousand characters, and each part is drawn only when it
// comes near the viewport. A 10 MB paste has over 200,000 highlights: drawing them all as
// they came took the main thread ~30 ms a piece, several pieces a frame, frames up to 0.8 s
// apart (bench/paste.mjs), and laying out a whole 100 KB piece with its ~2,200 highlights
// took 143 ms a frame, against 21 ms for 10 KB. Drawn this way, it does a reader's screenful.
import { renderPieces, renderPiece } from './render.js';

// A part ends after the first line end this many characters into it that no highlight
// crosses, so the text reads the same (a piece with no such line end stays one part).
const PART = 8_000;
// Parts this far past the viewport's edge count as near, so those just out of sight are
// drawn before the reader scrolls to them. Inside the view, which is what scrolls, that
// takes IntersectionObserver's scrollMargin; a browser without it draws a part once it is
// in sight.
const AHEAD = '100% 0px';

export class PieceView {
  /**
   * Fills `container` with `text`, one block per piece (`bounds`: where each starts, then the
   * text's end); `shown` (the kinds to highlight) is read at each draw. Scrolls to the top.
   */
  constructor(container, text, bounds, shown) {
    this.container = container;
    this.text = text;
    this.bounds = bounds;
    this.shown = shown;
    container.scrollTop = 0; // before the new blocks are in, so it lays none of them out
    this.blocks = renderPieces(container, text, bounds);
    /** Per piece: { base (its first annotation's index in the whole result), parts }. */
    this.pieces = [];
    this.perChar = 0.4; // px of height per character until measured (~0.44 at 1360 px wide)
    this.sizeUnlaidOut();
    this.partOf = new Map(); // part element -> part
    this.blockIndex = new Map(this.blocks.map((block, k) => [block, k]));
    this.near = new Set(); // the parts near the viewport
    this.nearBlocks = new Set(); // the indices of the blocks near it
    this.closed = false;
    this.estimated = false; // perChar measured (see estimateHeights)
    this.observer = new IntersectionObserver((entries) => this.seen(entries), {
      rootMargin: AHEAD,
      scrollMargin: AHEAD, // the same margin inside the view when it is what scrolls
    });
    for (const block of this.blocks) this.observer.observe(block);
  }

  seen(entries) {
    if (this.closed) return; // reported before close(), delivered after
    const coming = [];
    for (const { target, isIntersecting } of entries) {
      if (this.blockIndex.has(target)) {
        const k = this.blockIndex.get(target);
        if (isIntersecting) this.nearBlocks.add(k);
        else this.nearBlocks.delete(k);
        continue;
      }
      const part = this.partOf.get(target);
      if (!isIntersecting) {
        this.near.delete(part);
        continue;
      }
      this.near.add(part);
      if (!this.estimated) {
        this.estimated = true;
        this.estimateHeights(part);
      }
      if (!part.marks) coming.push(part);
    }
    if (coming.length === 0) return;
    // Parts drawn above the text in view gain lines (the chips), and the browser's scroll
    // anchor may be in the text being replaced: keep the text in view in place (at the very
    // top nothing can move).
    const back = this.container.scrollTop > 0 ? this.holdView() : null;
    for (const part of coming) this.draw(part);
    back?.();
  }

  /**
   * Piece `k`'s annotations, numbered from `base` in the whole result: its block is cut into
   * parts, each drawn when it comes near (the observer reports at the next frame; the first
   * part of the first piece, in view since the constructor scrolled to the top, at once).
   */
  add(k, annotations, base) {
    const block = this.blocks[k];
    // The reader may be in this block (not at the very top, where nothing can move): keep
    // the text in view in place, as the text node the browser anchored to is replaced.
    const back = this.nearBlocks.has(k) && this.container.scrollTop > 0 ? this.holdView() : null;
    const parts = cuts(this.text, this.bounds[k], this.bounds[k + 1], annotations).map(([from, to, first, last]) => {
      const el = block.ownerDocument.createElement('div');
      el.className = 'part';
      el.style.containIntrinsicBlockSize = this.estimate(to - from);
      el.append(block.ownerDocument.createTextNode(this.text.slice(from, to)));
      const part = { el, from, to, annotations: annotations.slice(first, last), base: base + first, marks: null };
      this.partOf.set(el, part);
      return part;
    });
    block.replaceChildren(...parts.map((part) => part.el));
    this.pieces[k] = { base, parts };
    for (const part of parts) this.observer.observe(part.el);
    if (k === 0) this.draw(parts[0]);
    back?.();
  }

  /**
   * Sets each block's and part's height until it is first laid out from `part`'s height per
   * character (the first part reported in view, so laid out). With every block counted as
   * 2,400 px where a 100 KB piece takes ~25,000-45,000, scrolling far down laid out the
   * pieces above at their real height and moved the text being read by ~30,000 px.
   */
  estimateHeights(part) {
    const perChar = part.el.offsetHeight / Math.max(1, part.to - part.from);
    if (!(perChar > 0)) return; // not laid out (a hidden view)
    this.perChar = perChar;
    this.sizeUnlaidOut();
  }

  /** Gives every block and part its height from `perChar`, for as long as it is not laid out. */
  sizeUnlaidOut() {
    this.blocks.forEach((block, k) => {
      block.style.containIntrinsicBlockSize = this.estimate(this.bounds[k + 1] - this.bounds[k]);
    });
    for (const piece of this.pieces) {
      for (const { el, from, to } of piece?.parts ?? []) el.style.containIntrinsicBlockSize = this.estimate(to - from);
    }
  }

  /** The height of `length` characters until they are first laid out ("auto": then as they were). */
  estimate(length) {
    return `auto ${Math.ceil(this.perChar * length)}px`;
  }

  /**
   * The kinds shown changed: the parts near are drawn again now, the others once they come
   * near; until then those drawn before show their plain text, not marks of a hidden kind.
   */
  redraw() {
    // The text in view stays where it is: the browser's own scroll anchor is in the text
    // being replaced, and the text above it loses or gains a line per hidden or shown chip.
    const back = this.holdView();
    for (const piece of this.pieces) {
      for (const part of piece?.parts ?? []) {
        if (part.marks && !this.near.has(part)) part.el.replaceChildren(this.text.slice(part.from, part.to));
        part.marks = null;
      }
    }
    for (const part of this.near) this.draw(part);
    back();
  }

  /**
   * Notes the character at the top of the view, and returns a function that scrolls it back
   * to where it was after the DOM around it changed.
   */
  holdView() {
    const doc = this.container.ownerDocument;
    const box = this.container.getBoundingClientRect();
    const at = caretAt(doc, box.left + 40, box.top + 4);
    const holder = at && this.container.contains(at.node) ? at.node.parentElement?.closest('.part, .piece') : null;
    if (!holder) return () => {};
    const from = this.partOf.get(holder)?.from ?? this.bounds[this.blockIndex.get(holder)];
    const before = doc.createRange();
    before.setStart(holder, 0);
    before.setEnd(at.node, at.offset);
    const offset = from + before.toString().length;
    const top = charTop(at.node, at.offset);
    return () => {
      const place = this.locate(offset);
      const now = place && charTop(place.node, place.offset);
      if (top !== null && now !== null) this.container.scrollTop += now - top;
    };
  }

  /** The text node and offset in it of character `offset` of the text, as the view is now. */
  locate(offset) {
    const k = this.bounds.findLastIndex((b) => b <= offset);
    if (k < 0 || k >= this.blocks.length) return null;
    const part = this.pieces[k]?.parts.find((p) => p.from <= offset && offset < p.to);
    const holder = part?.el ?? this.blocks[k];
    let left = offset - (part?.from ?? this.bounds[k]);
    const walk = holder.ownerDocument.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      if (left < node.length) return { node, offset: left };
      left -= node.length;
    }
    return null;
  }

  /** The mark of annotation `i` of the whole result (its part drawn first), or null. */
  mark(i) {
    const part = this.partAt(i);
    if (!part) return null;
    this.draw(part);
    return part.marks[i - part.base] ?? null;
  }

  /**
   * The mark of the nearest annotation after (`step` 1) or before (-1) annotation `i` whose
   * kind is shown, its part drawn first; null past the annotations in so far. Tab uses it:
   * the browser's own order only reaches the marks of the parts drawn.
   */
  markNext(i, step) {
    for (let j = i + step; j >= 0; j += step) {
      const part = this.partAt(j);
      if (!part || j >= part.base + part.annotations.length) return null;
      // (A hidden kind has no mark anyway; this spares drawing parts on the way.)
      if (!this.shown.has(part.annotations[j - part.base].kind)) continue;
      const mark = this.mark(j);
      if (mark) return mark;
    }
    return null;
  }

  /** The part holding annotation `i` of the whole result, or the last before it if `i` is past the parts in. */
  partAt(i) {
    const piece = lastAtOrBefore(this.pieces, i);
    return piece && lastAtOrBefore(piece.parts, i);
  }

  draw(part) {
    if (part.marks) return;
    part.marks = renderPiece(part.el, this.text, part.from, part.to, part.annotations, part.base, this.shown);
  }

  /** Stops drawing: the view shows something else now. */
  close() {
    this.closed = true;
    this.observer.disconnect();
  }
}

/** The last of `items` (in order of `base`, maybe with holes at the end) whose base is at most `i`. */
function lastAtOrBefore(items, i) {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid] && items[mid].base <= i) lo = mid;
    else hi = mid - 1;
  }
  return items[lo];
}

/**
 * Cuts `text` from `start` to `end` into parts of about PART characters, each ending after a
 * line end that no annotation crosses: [[from, to, first, last], ...], where annotations
 * `first` to `last` (exclusive) of the sorted `annotations` lie in that part.
 */
function cuts(text, start, end, annotations) {
  const piece = text.slice(start, end); // searched rather than the rest of the text
  const after = (at) => piece.indexOf('\n', at - start) + 1 + start; // after the line end at or after `at`; `start` if none
  const parts = [];
  let from = start;
  let first = 0;
  let next = 0; // annotations before this one start before the cut being tried
  let reach = start; // and none of them ends after this
  for (;;) {
    let cut = after(from + PART - 1);
    while (cut > start && cut < end) {
      while (next < annotations.length && annotations[next].start < cut) {
        reach = Math.max(reach, annotations[next].end);
        next += 1;
      }
      if (reach <= cut) break;
      cut = after(reach - 1); // an annotation crosses it: the next line end after
    }
    if (cut === start || cut >= end) {
      parts.push([from, end, first, annotations.length]);
      return parts;
    }
    parts.push([from, cut, first, next]);
    from = cut;
    first = next;
  }
}

/** The text node and offset at a point of the window, or null. */
function caretAt(doc, x, y) {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return position.offsetNode?.nodeType === 3 ? { node: position.offsetNode, offset: position.offset } : null;
  const range = doc.caretRangeFromPoint?.(x, y);
  return range?.startContainer.nodeType === 3 ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The top of the character at `offset` in text node `node` on screen, or null if not laid out. */
function charTop(node, offset) {
  const range = node.ownerDocument.createRange();
  range.setStart(node, offset);
  range.setEnd(node, Math.min(offset + 1, node.length));
  const rects = range.getClientRects();
  return rects.length ? rects[0].top : null;
}
