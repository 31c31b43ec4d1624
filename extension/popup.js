// The popup: asks the tab's content script for its summary and draws it; the switch and
// per-kind toggles message the content script (kinds) or the service worker (on/off).
// Everything from the page reaches this document as text nodes only.
const $ = (id) => document.getElementById(id);
const KINDS = ['entity', 'quote', 'number'];

// ?tab=ID lets the end-to-end test open this page in a tab of its own.
const tabId = await (async () => {
  const given = Number(new URLSearchParams(location.search).get('tab'));
  if (given) return given;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
})();

async function ask(message) {
  try {
    return await chrome.tabs.sendMessage(tabId, message);
  } catch {
    return { on: false }; // no content script there yet: highlighting is off
  }
}

function draw(s) {
  const on = Boolean(s?.on);
  document.body.dataset.state = on ? 'on' : 'off';
  $('switch').textContent = on ? 'Switch off' : 'Highlight this page';
  $('switch').setAttribute('aria-pressed', String(on));
  $('kinds').disabled = !on;
  if (s?.error) $('status').textContent = `Could not highlight this page: ${s.error}`;
  else if (!on) $('status').textContent = 'Highlighting is off on this page.';
  else {
    const total = KINDS.reduce((n, k) => n + s.counts[k], 0);
    $('status').textContent = `${total.toLocaleString('en')} highlights in ${s.root}.`;
  }
  for (const k of KINDS) {
    $(`count-${k}`).textContent = on ? s.counts[k].toLocaleString('en') : '0';
    document.querySelector(`input[data-kind="${k}"]`).checked = !on || s.kinds.includes(k);
  }
  const entities = on ? s.entities : [];
  $('entities').replaceChildren(...entities.map((e) => {
    const button = el('button', '', el('span', 'chip', e.label), el('span', 'name', e.name), el('span', 'count', String(e.count)));
    button.type = 'button';
    button.title = `${e.name}: ${e.count} mention${e.count === 1 ? '' : 's'}; show the first`;
    button.addEventListener('click', () => ask({ type: 'factlight:reveal', i: e.first }));
    return el('li', '', button);
  }));
  if (on && !entities.length) $('entities').replaceChildren(el('li', 'note', 'No entities found.'));
  const quotes = on ? s.quotes : [];
  $('quoted').replaceChildren(...quotes.map((q) => {
    const li = el('li', '', el('p', q.known ? 'speaker' : 'speaker unknown', `${q.speaker} (${q.count})`));
    q.quotes.forEach((text, n) => {
      const button = el('button', 'quote-text', text);
      button.type = 'button';
      button.addEventListener('click', () => ask({ type: 'factlight:reveal', i: q.mentions[n] }));
      li.append(button);
    });
    return li;
  }));
  if (on && !quotes.length) $('quoted').replaceChildren(el('li', 'note', 'No quotes found.'));
}

function el(tag, className, ...children) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

$('switch').addEventListener('click', async () => {
  $('status').textContent = 'Working…';
  const s = await chrome.runtime.sendMessage({ type: 'factlight:toggle', tabId });
  draw(s);
});

for (const box of document.querySelectorAll('#kinds input')) {
  box.addEventListener('change', async () => {
    const kinds = [...document.querySelectorAll('#kinds input:checked')].map((b) => b.dataset.kind);
    draw(await ask({ type: 'factlight:kinds', kinds }));
  });
}

draw(await ask({ type: 'factlight:summary' }));
