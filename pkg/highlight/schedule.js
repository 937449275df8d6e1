// Time slicing: long loops check `slicer.due()` and `await slicer.pause()` so that no task on the main
// thread runs longer than the slice budget; a paused run resumes after the browser had a chance to
// handle input and paint. Cancellation is checked at every pause.

/**
 * Yields to the event loop: `scheduler.yield()` where the browser has it (the continuation keeps its
 * priority), otherwise a MessageChannel message (a new task, not clamped like `setTimeout`).
 * @returns {Promise<void>}
 */
export function yieldToEventLoop() {
  if (typeof globalThis.scheduler?.yield === "function") return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Waits until the browser has rendered a frame (so layout and paint triggered by the last slice are
 * done in that frame, in proportion to what the slice changed), then yields once more. Falls back to a
 * plain yield in a hidden page, where animation frames do not run.
 * Resolves to the milliseconds the frame's rendering took (from the animation-frame callbacks to the
 * next task: style, layout, paint), or 0 when no frame was seen.
 * @returns {Promise<number>}
 */
export function yieldAfterFrame() {
  if (typeof requestAnimationFrame !== "function" || globalThis.document?.visibilityState === "hidden") {
    return yieldToEventLoop().then(() => 0);
  }
  return new Promise((resolve) => {
    const fallback = setTimeout(() => resolve(0), 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      const inFrame = performance.now();
      nextTask().then(() => resolve(performance.now() - inFrame));
    });
  });
}

/** A new task (a MessageChannel message), never a continuation that could run before rendering. */
function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Creates a slicer for one run.
 * @param {{ budget?: number, signal?: AbortSignal }} [options] budget: milliseconds per slice
 * @returns {{ due(): boolean, pause(options?: { frame?: boolean }): Promise<number>, check(): void }}
 */
export function createSlicer({ budget = 8, signal } = {}) {
  let sliceStart = performance.now();
  return {
    /** True when the current slice has used up its budget. */
    due: () => performance.now() - sliceStart >= budget,
    /**
     * Ends the current slice (after the next frame with `frame: true`, for slices that change the DOM:
     * resolves to that frame's rendering time); throws the abort reason if the run was cancelled meanwhile.
     */
    async pause({ frame = false } = {}) {
      signal?.throwIfAborted();
      const rendering = frame ? await yieldAfterFrame() : (await yieldToEventLoop(), 0);
      signal?.throwIfAborted();
      sliceStart = performance.now();
      return rendering;
    },
    /** Throws the abort reason if the run was cancelled. */
    check: () => signal?.throwIfAborted(),
  };
}
