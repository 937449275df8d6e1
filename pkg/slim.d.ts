// textlens/slim: the same API as "textlens", loaded only when you call `init(wasm)`.
export * from "./index.js";

/** What `init` accepts: the wasm bytes, where to fetch them, a fetched Response, or a compiled module. */
export type WasmSource =
  | BufferSource
  | WebAssembly.Module
  | URL
  | string
  | Response
  | PromiseLike<Response>;

/**
 * Instantiates the wasm once (later calls resolve at once). Until it has resolved, `analyze` and
 * `new Analyzer` throw an `Error`. Throws `TypeError` when `wasm` is missing.
 */
export default function init(wasm: WasmSource): Promise<void>;

/** Instantiates the wasm synchronously from bytes or a compiled module (workers and Node). */
export function initSync(wasm: BufferSource | WebAssembly.Module): void;
