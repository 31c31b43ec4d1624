// The content script, injected on demand by background.js (after highlight.classic.js, the
// classic-script form of www/highlight.js that tools/extension.mjs generates). It lives in the
// extension's isolated world: it reads the page's text and paints CSS highlights, which the
// page shares through its document's CSS.highlights registry, but it never changes an element.
// The annotation itself is done by the service worker.
(() => {
  if (globalThis.factlightExtension) return;
  const { highlight, findArticle, KINDS } = globalThis.factlightHighlight;

  let controller = null;
  let starting = null;
  let kinds = [...KINDS];

  async function annotate(text) {
    const reply = await chrome.runtime.sendMessage({ type: 'factlight:annotate', text });
    if (!reply || reply.error) throw new Error(`factlight: ${reply?.error ?? 'the engine did not answer'}`);
    return reply.annotations;
  }

  function summary() {
    if (!controller) return { on: false };
    const clip = (t) => (t.length > 110 ? `${t.slice(0, 107)}…` : t);
    return {
      on: true,
      counts: controller.counts,
      kinds: controller.kinds,
      root: describe(controller.root),
      entities: controller.entities.slice(0, 60).map((e) => ({
        name: e.name, label: e.label, count: e.count, first: e.mentions[0],
      })),
      quotes: controller.quotes.slice(0, 30).map((q) => ({
        speaker: q.speaker, known: q.known, count: q.count,
        quotes: q.quotes.slice(0, 5).map(clip), mentions: q.mentions.slice(0, 5),
      })),
    };
  }

  function describe(el) {
    return el.localName + (el.id ? `#${el.id}` : '') +
      [...el.classList].slice(0, 2).map((c) => `.${c}`).join('');
  }

  async function on() {
    starting ??= highlight(findArticle(document), {
      annotate,
      kinds,
      stylesheet: false, // background.js injects the ::highlight() rules
      onpaint: () => {
        if (controller) chrome.runtime.sendMessage({ type: 'factlight:painted', summary: summary() }).catch(() => {});
      },
    });
    try {
      controller = await starting;
    } finally {
      starting = null;
    }
    return summary();
  }

  function off() {
    controller?.off();
    controller = null;
    return summary();
  }

  globalThis.factlightExtension = {
    toggle: () => (controller || starting ? (starting ?? Promise.resolve()).then(off) : on()),
    summary,
  };

  chrome.runtime.onMessage.addListener((message, sender, reply) => {
    if (sender.id !== chrome.runtime.id) return false;
    switch (message?.type) {
      case 'factlight:summary':
        reply(summary());
        return false;
      case 'factlight:kinds':
        kinds = KINDS.filter((k) => message.kinds.includes(k));
        controller?.setKinds(kinds);
        reply(summary());
        return false;
      case 'factlight:reveal':
        controller?.reveal(message.i);
        reply(true);
        return false;
      default:
        return false;
    }
  });
})();
