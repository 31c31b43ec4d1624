// Just enough of the DOM for www/render.js to run in node and write HTML, so the page built
// by tools/prerender.mjs opens with the very marks the page itself would draw (the e2e test
// "the page opens with its sample highlighted in its HTML" compares the two, node by node).
//
//   const view = markupElement('article');
//   renderAnnotated(view, text, annotations);
//   view.innerHTML; // the marks and text, as HTML

/** `s` as HTML text (a CR would be read as LF: see page-html.mjs). */
export const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s) => escapeText(s).replace(/"/g, '&quot;');

/** The document render.js builds with (element.ownerDocument). */
const doc = {
  createElement: (tag) => new MarkupElement(tag),
  createTextNode: (text) => new MarkupText(text),
  createDocumentFragment: () => new MarkupFragment(),
};

class MarkupText {
  constructor(text) {
    this.text = text;
  }

  get outerHTML() {
    return escapeText(this.text);
  }
}

class MarkupFragment {
  constructor() {
    this.childNodes = [];
  }

  get ownerDocument() {
    return doc;
  }

  append(...nodes) {
    for (const node of nodes) {
      // Appending a fragment moves its children, as in the DOM.
      if (node.constructor === MarkupFragment) this.childNodes.push(...node.childNodes.splice(0));
      else this.childNodes.push(node);
    }
  }

  replaceChildren(...nodes) {
    this.childNodes = [];
    this.append(...nodes);
  }

  get innerHTML() {
    return this.childNodes.map((node) => node.outerHTML).join('');
  }
}

class MarkupElement extends MarkupFragment {
  constructor(tag) {
    super();
    this.tag = tag;
    this.attributes = new Map(); // in the order set, as the DOM keeps them
    // element.dataset.fooBar = v sets data-foo-bar.
    this.dataset = new Proxy({}, {
      set: (_, key, value) => {
        this.setAttribute(`data-${String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
        return true;
      },
    });
  }

  setAttribute(name, value) {
    this.attributes.set(name, String(value));
  }

  set className(value) {
    this.setAttribute('class', value);
  }

  set tabIndex(value) {
    this.setAttribute('tabindex', value);
  }

  cloneNode(deep) {
    if (deep) throw new Error('markup.mjs: only shallow clones');
    const copy = new MarkupElement(this.tag);
    for (const [name, value] of this.attributes) copy.attributes.set(name, value);
    return copy;
  }

  get outerHTML() {
    const attributes = [...this.attributes].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
    return `<${this.tag}${attributes}>${this.innerHTML}</${this.tag}>`;
  }
}

/** An element to render into; its innerHTML is what was rendered. */
export function markupElement(tag) {
  return new MarkupElement(tag);
}
