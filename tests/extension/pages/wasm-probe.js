// Records on <html data-wasm> whether this page may compile WebAssembly (its CSP decides).
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
WebAssembly.compile(EMPTY_MODULE).then(
  () => { document.documentElement.dataset.wasm = "allowed"; },
  () => { document.documentElement.dataset.wasm = "blocked"; },
);
