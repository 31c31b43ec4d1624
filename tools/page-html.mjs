// The page's HTML with a sample in it, as tools/prerender.mjs writes www/index.html: the
// sample's text in the text box, its highlights drawn into the view by www/render.js itself
// (through markup.mjs), the counts of each kind, and the annotations as a JSON <script>
// (which runs nothing) for app.js to take the view as shown.
import { KINDS, grouped, renderAnnotated } from '../www/render.js';
import { escapeText, markupElement } from './markup.mjs';

/**
 * {text, annotations} as JSON, or null if JSON cannot hold one of its values (Infinity, a
 * figure too large for a double): such a sample is left to the engine in the page rather
 * than shown with null values.
 */
export function sampleJson(text, annotations) {
  let exact = true;
  const json = JSON.stringify({ text, annotations }, (_, v) => {
    if (typeof v === 'number' && !Number.isFinite(v)) exact = false;
    return v;
  });
  return exact ? json : null;
}

/**
 * `template` (www/index.template.html) with `sample` ({text, annotations}) in it, or null if
 * the sample cannot be written as HTML that reads back the same: a CR (a text box's value
 * has LF for every line end, so the page could not tell the sample from an edit), a NUL
 * (the parser drops it, or makes it U+FFFD in the text box), or a value JSON cannot hold.
 */
export function pageHtml(template, { text, annotations }) {
  const json = sampleJson(text, annotations);
  if (json === null || /[\r\0]/.test(text)) return null;
  let page = template;
  const swap = (from, to) => {
    if (!page.includes(from)) throw new Error(`the page's template has no ${from}`);
    page = page.replace(from, () => to);
  };
  swap(`<!-- The page's source: \`./x build\` (tools/prerender.mjs) writes index.html from it, with the
     selected sample already highlighted in the HTML. Edit this file, not index.html. -->`,
  `<!-- Written by \`./x build\` (tools/prerender.mjs) from index.template.html, with the selected
     sample highlighted in it: edit that file, not this one. -->`);
  const view = markupElement('article');
  renderAnnotated(view, text, annotations);
  swap('aria-describedby="view-help"></article>', `aria-describedby="view-help">${view.innerHTML}</article>`);
  // The parser drops one line end right after <textarea>: this one, not the text's own.
  swap('placeholder="Paste or type news text here"></textarea>', `placeholder="Paste or type news text here">\n${escapeText(text)}</textarea>`);
  for (const kind of KINDS) {
    const count = annotations.filter((a) => a.kind === kind).length;
    swap(`id="count-${kind}">0</span>`, `id="count-${kind}">${grouped(count)}</span>`);
  }
  // The last </body> is the page's own; "<" escaped, so no "</script>" in a text can end
  // the element early.
  const end = page.lastIndexOf('</body>');
  if (end < 0) throw new Error("the page's template has no </body>");
  const data = `<script type="application/json" id="prerendered">${json.replace(/</g, '\\u003c')}</script>\n`;
  return page.slice(0, end) + data + page.slice(end);
}
