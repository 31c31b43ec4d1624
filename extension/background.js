// The extension's service worker (an event page in Firefox). It owns the engine: the wasm
// runs here, in an extension context under extension_pages' CSP ('wasm-unsafe-eval'), so a
// page's own CSP can neither block nor observe it, and no file has to be web-accessible.
// (Not in the content script: checked in Chromium, a page whose CSP lacks 'wasm-unsafe-eval'
// makes WebAssembly compilation throw a CompileError in the isolated world too, although a
// dynamic import() of a web-accessible module still loads.) The content script sends the
// article's text and gets the annotations back.
//
// The toolbar button: the first click (or Alt+Shift+F) injects the content script through
// activeTab + scripting and turns highlighting on; from then on the button opens the popup
// (counts, entities, who is quoted, per-kind toggles, and the switch that turns it off).
import { init, annotate } from './factlight.js';

const POPUP = 'popup.html';

chrome.action.onClicked.addListener((tab) => {
  toggle(tab.id).catch((e) => console.warn('factlight:', e));
});

// A page that navigates loses its highlights; give the button back its first-click role.
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') setState(tabId, null).catch(() => {});
});

/**
 * Turns highlighting on in tab `tabId` if it is off, off if it is on; resolves to the
 * content script's summary ({ on, counts, ... }). The action button and the popup's switch
 * both come here (and the end-to-end test, which cannot press the button headless).
 */
export async function toggle(tabId) {
  const target = { tabId };
  const call = async (func, args = []) =>
    (await chrome.scripting.executeScript({ target, func, args }))[0]?.result;
  let loaded = await call(() => typeof globalThis.factlightExtension === 'object');
  if (!loaded) {
    await chrome.scripting.executeScript({ target, files: ['highlight.classic.js', 'content.js'] });
  }
  // The ::highlight() rules go in as an injected stylesheet: no element, no page CSP.
  await chrome.scripting.insertCSS({ target, files: ['highlight.css'] });
  const summary = await call(() => globalThis.factlightExtension.toggle());
  if (!summary?.on) await chrome.scripting.removeCSS({ target, files: ['highlight.css'] });
  await setState(tabId, summary);
  return summary;
}
globalThis.toggle = toggle;

async function setState(tabId, summary) {
  const on = Boolean(summary?.on);
  await chrome.action.setPopup({ tabId, popup: on ? POPUP : '' });
  await chrome.action.setBadgeText({ tabId, text: on ? badge(summary.counts) : '' });
  await chrome.action.setTitle({
    tabId,
    title: on ? 'factlight: summary and settings' : 'factlight: highlight this article',
  });
}

function badge(counts) {
  const n = counts ? counts.entity + counts.quote + counts.number : 0;
  return n > 999 ? '999+' : String(n);
}

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (sender.id !== chrome.runtime.id) return false;
  switch (message?.type) {
    case 'factlight:annotate':
      init()
        .then(() => reply({ annotations: annotate(String(message.text)) }))
        .catch((e) => reply({ error: String(e?.message ?? e) }));
      return true; // replies asynchronously
    case 'factlight:toggle':
      toggle(message.tabId)
        .then(reply, (e) => reply({ error: String(e?.message ?? e) }));
      return true;
    case 'factlight:painted':
      if (sender.tab?.id !== undefined) setState(sender.tab.id, message.summary).catch(() => {});
      return false;
    default:
      return false;
  }
});
