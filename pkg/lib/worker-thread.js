// The worker side of textlens/worker: loads the wasm in this worker (from `textlens_bg.wasm` beside the
// glue, or beside the worker bundle) and answers the requests that pkg/worker.js posts. The message
// handler is installed before the wasm loads; requests wait for it.
import initWasm, * as glue from "../gen/web/textlens.js";
import { createApi } from "./api.js";
import { serializeError } from "./worker-protocol.js";

const ready = initWasm().then(() => createApi(glue));
/** Analyzer and TextDocument instances living in this worker, by the handle the main thread chose. */
const analyzers = new Map();

const operations = {
  analyze: (api, text, options) => api.analyze(text, options),
  redact: (api, text, options) => api.redact(text, options),
  create: (api, handle, config) => {
    // A bad config is kept and thrown by every call on this handle, as the constructor would have.
    try {
      analyzers.set(handle, new api.Analyzer(config));
    } catch (error) {
      analyzers.set(handle, { error });
      throw error;
    }
  },
  document: (api, handle, analyzerHandle, options) => {
    // A document is kept like an analyser: its calls arrive as "call" and it is freed by "free".
    try {
      const analyzer = analyzers.get(analyzerHandle);
      if (!analyzer) throw new Error("Analyzer.document: this Analyzer has been freed");
      if (analyzer.error) throw analyzer.error;
      analyzers.set(handle, analyzer.document(options));
    } catch (error) {
      analyzers.set(handle, { error });
      throw error;
    }
  },
  call: (api, handle, method, ...args) => {
    const analyzer = analyzers.get(handle);
    const kind = ["feed", "append", "analysis"].includes(method) ? "TextDocument" : "Analyzer";
    if (!analyzer) throw new Error(`${kind}.${method}: this ${kind} has been freed`);
    if (analyzer.error) throw analyzer.error;
    return analyzer[method](...args);
  },
  free: (api, handle) => {
    const analyzer = analyzers.get(handle);
    analyzers.delete(handle);
    if (analyzer && !analyzer.error) analyzer.free();
  },
};

self.addEventListener("message", async ({ data: { id, op, args } }) => {
  try {
    const api = await ready;
    const value = operations[op](api, ...args);
    if (id !== undefined) self.postMessage({ id, value });
  } catch (error) {
    if (id !== undefined) self.postMessage({ id, error: serializeError(error) });
  }
});
