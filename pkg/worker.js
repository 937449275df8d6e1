// textlens off the main thread: the same API as the default entry, each call returning a Promise.
// One module worker is started on first use (or adopt your own with `init(worker)`, e.g. one built by
// a bundler that does not understand `new Worker(new URL(...))`). Results arrive as plain objects.
import { deserializeError } from "./lib/worker-protocol.js";

export { restore } from "./lib/api.js";

let worker;
let nextId = 1;
let nextHandle = 1;
let failure;
/** Pending requests: id → { resolve, reject }. */
const pending = new Map();

/**
 * Starts the worker (or adopts `worker`) and resolves when its wasm is ready. Optional: the first
 * call starts the default worker by itself.
 * @param {Worker} [ownWorker] a worker running textlens's `lib/worker-thread.js`
 * @returns {Promise<void>}
 */
export default function init(ownWorker) {
  if (ownWorker !== undefined) {
    if (worker && worker !== ownWorker) {
      return Promise.reject(new Error("init: a textlens worker is already running; call terminate() first"));
    }
    if (worker !== ownWorker) adopt(ownWorker);
  }
  return request("analyze", "").then(() => undefined);
}

/**
 * Analyses `text` in the worker.
 * @param {string} text
 * @param {object} [options]
 * @returns {Promise<object>} the analysis, a plain object
 */
export function analyze(text, options) {
  if (typeof text !== "string") return Promise.reject(textTypeError("analyze", text));
  return request("analyze", text, options);
}

/**
 * Redacts `text` in the worker (the options of `redact`).
 * @param {string} text
 * @param {object} [options]
 * @returns {Promise<object>} `{ text, replacements }`
 */
export function redact(text, options) {
  if (typeof text !== "string") return Promise.reject(textTypeError("redact", text));
  return request("redact", text, options);
}

/** Stops the worker; pending calls reject. The next call starts a new one. */
export function terminate() {
  worker?.terminate();
  worker = undefined;
  failure = undefined;
  rejectAll(new Error("textlens/worker: the worker was terminated"));
}

/** Frees a worker-side analyser whose main-thread handle was garbage-collected without free(). */
const finalization = new FinalizationRegistry(({ handle, owner }) => {
  if (owner === worker) post("free", handle);
});

/** A configured analyser living in the worker. Call `free()` when done (or rely on GC). */
export class Analyzer {
  #handle;
  #owner;

  /** @param {object} [config] `{ terms, patterns }`; a bad config rejects the first call */
  constructor(config) {
    this.#handle = nextHandle++;
    this.#owner = ensureWorker();
    request("create", this.#handle, config).catch(() => {}); // a bad config surfaces on use
    finalization.register(this, { handle: this.#handle, owner: this.#owner }, this);
  }

  /**
   * @param {string} text
   * @param {object} [options]
   * @returns {Promise<object>} the analysis, a plain object
   */
  analyze(text, options) {
    const handle = this.#live("Analyzer.analyze");
    if (typeof text !== "string") return Promise.reject(textTypeError("Analyzer.analyze", text));
    return request("call", handle, "analyze", text, options);
  }

  /**
   * @param {string} text
   * @param {object} [options] the options of `redact`
   * @returns {Promise<object>} `{ text, replacements }`
   */
  redact(text, options) {
    const handle = this.#live("Analyzer.redact");
    if (typeof text !== "string") return Promise.reject(textTypeError("Analyzer.redact", text));
    return request("call", handle, "redact", text, options);
  }

  /** @returns {Promise<string[]>} every label this analyser can report */
  labels() {
    return request("call", this.#live("Analyzer.labels"), "labels");
  }

  /**
   * Starts an empty document in the worker, analysed with this analyser: feed it text piece by piece,
   * and its `analysis()` equals one `analyze()` of all the pieces concatenated.
   * @param {object} [options] the options of `analyze`; bad options reject the first call
   * @returns {TextDocument}
   */
  document(options) {
    const analyzer = this.#live("Analyzer.document");
    return new TextDocument(analyzer, options, this.#owner);
  }

  /** Frees the worker-side analyser. Any later call on this instance, `free()` included, throws. */
  free() {
    const handle = this.#live("Analyzer.free");
    this.#handle = undefined;
    finalization.unregister(this);
    if (this.#owner === worker) post("free", handle);
  }

  #live(call) {
    if (this.#handle === undefined) throw new Error(`${call}: this Analyzer has been freed`);
    if (this.#owner !== worker) throw new Error(`${call}: this Analyzer's worker was terminated`);
    return this.#handle;
  }
}

/** A document living in the worker (made by `Analyzer.prototype.document`); every call returns a Promise. */
class TextDocument {
  #handle;
  #owner;
  #text = "";

  /** @private */
  constructor(analyzer, options, owner) {
    this.#handle = nextHandle++;
    this.#owner = owner;
    request("document", this.#handle, analyzer, options).catch(() => {}); // bad options surface on use
    finalization.register(this, { handle: this.#handle, owner }, this);
  }

  /** The text so far: every piece, concatenated. */
  get text() {
    return this.#text;
  }

  /**
   * Appends `piece`; resolves to the mentions of the paragraphs it finished (an early view: the exact
   * ones are those of `analysis()`).
   * @param {string} piece
   * @returns {Promise<object[]>}
   */
  feed(piece) {
    return this.#send("feed", piece);
  }

  /**
   * Appends `piece` without recognising anything yet.
   * @param {string} piece
   * @returns {Promise<void>}
   */
  append(piece) {
    return this.#send("append", piece);
  }

  /** @returns {Promise<object>} the analysis of the whole text so far: exactly `analyze(text)` */
  analysis() {
    const handle = this.#live("TextDocument.analysis");
    return request("call", handle, "analysis");
  }

  /** Frees the worker-side document. Any later call on this instance, `free()` included, throws. */
  free() {
    const handle = this.#live("TextDocument.free");
    this.#handle = undefined;
    finalization.unregister(this);
    if (this.#owner === worker) post("free", handle);
  }

  #send(method, piece) {
    const handle = this.#live(`TextDocument.${method}`);
    if (typeof piece !== "string") {
      return Promise.reject(new TypeError(`TextDocument.${method}: argument "piece" must be a string, got ${piece === null ? "null" : typeof piece}`));
    }
    this.#text += piece;
    return request("call", handle, method, piece);
  }

  #live(call) {
    if (this.#handle === undefined) throw new Error(`${call}: this TextDocument has been freed`);
    if (this.#owner !== worker) throw new Error(`${call}: this TextDocument's worker was terminated`);
    return this.#handle;
  }
}

function ensureWorker() {
  if (!worker) {
    adopt(new Worker(new URL("./lib/worker-thread.js", import.meta.url), { type: "module" }));
  }
  return worker;
}

function adopt(newWorker) {
  worker = newWorker;
  worker.addEventListener("message", ({ data: { id, value, error } }) => {
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    if (error) call.reject(deserializeError(error));
    else call.resolve(value);
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault?.();
    failure = new Error(`textlens/worker: the worker failed: ${event.message ?? "could not load it"}`);
    rejectAll(failure);
  });
}

function post(op, ...args) {
  ensureWorker().postMessage({ op, args });
}

function request(op, ...args) {
  ensureWorker();
  if (failure) return Promise.reject(failure);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    try {
      worker.postMessage({ id, op, args });
    } catch (err) {
      pending.delete(id);
      reject(err); // e.g. DataCloneError for options that cannot be cloned
    }
  });
}

function rejectAll(error) {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
}

function textTypeError(call, text) {
  return new TypeError(`${call}: argument "text" must be a string, got ${text === null ? "null" : typeof text}`);
}
