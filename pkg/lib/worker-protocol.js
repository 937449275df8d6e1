// Errors cross the worker boundary as { name, message } and are rebuilt with the same class, so
// `err instanceof TypeError` holds on the main thread as it does in the worker.

const ERROR_CLASSES = { TypeError, RangeError, SyntaxError, Error };

/**
 * @param {unknown} error anything thrown in the worker
 * @returns {{ name: string, message: string }}
 */
export function serializeError(error) {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/**
 * @param {{ name: string, message: string }} data as made by serializeError
 * @returns {Error}
 */
export function deserializeError({ name, message }) {
  const ErrorClass = ERROR_CLASSES[name] ?? Error;
  return new ErrorClass(message);
}
