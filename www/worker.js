// The engine's thread: the page posts {id, text} and gets back {id, annotations, ms} or
// {id, error}. Annotating here keeps the page's main thread free for typing.
import { init, Annotator } from './factlight.js';

const ready = init().then(() => new Annotator());

self.onmessage = async ({ data }) => {
  const { id, text } = data;
  try {
    const annotator = await ready;
    const t0 = performance.now();
    const annotations = annotator.annotate(text);
    self.postMessage({ id, annotations, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
