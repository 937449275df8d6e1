// The public JavaScript API over the wasm-bindgen glue, shared by every entry (browser, Node ESM and
// CJS, slim, worker). The glue already converts values and throws typed errors; this layer adds what
// the glue cannot know: "not initialised yet" (slim), "this Analyzer was freed", and a size check done
// before the text is copied into wasm memory (which never shrinks). Results stay plain JS objects.

/** The largest text accepted, in UTF-8 bytes: the core's limit (256 MiB). */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

/**
 * Builds `analyze` and `Analyzer` over one initialised (or soon initialised) glue module.
 * @param {{ analyze: Function, Analyzer: Function }} glue the wasm-bindgen generated exports
 * @param {() => boolean} [isReady] false until the wasm is instantiated (slim); absent means always ready
 * @returns {{ analyze: Function, Analyzer: Function }}
 */
export function createApi(glue, isReady = () => true) {
  function checkReady(call) {
    if (!isReady()) {
      throw new Error(`${call}: textlens is not initialised; call \`await init(wasm)\` first`);
    }
  }

  /**
   * Analyses `text` with the built-in recognisers and returns a plain object
   * `{ stats, mentions, entities, ... }`.
   * @param {string} text
   * @param {object} [options]
   */
  function analyze(text, options) {
    checkReady("analyze");
    checkLength("analyze", text);
    return unpack(glue.analyze(text, options), text);
  }

  /**
   * Replaces the mentions of the chosen labels (default PERSON, EMAIL, PHONE, IP_ADDRESS, CREDIT_CARD,
   * IBAN) and returns `{ text, replacements }`, the map `restore` takes back.
   * @param {string} text
   * @param {object} [options] `{ labels, style, mask, mask_length, offsets }`
   */
  function redact(text, options) {
    checkReady("redact");
    checkLength("redact", text);
    return unpackRedaction(glue.redact(text, options), text);
  }

  /** A configured analyser. Call `free()` when done; a FinalizationRegistry frees it otherwise. */
  class Analyzer {
    /** @type {object | undefined} the glue instance; undefined once freed */
    #inner;

    /** @param {object} [config] `{ terms, patterns }` */
    constructor(config) {
      checkReady("new Analyzer");
      // The glue instance registers itself with the glue's FinalizationRegistry: when this wrapper is
      // collected, so is the glue instance, and its Rust memory is freed.
      this.#inner = new glue.Analyzer(config);
    }

    /**
     * Analyses `text` with this analyser's configuration.
     * @param {string} text
     * @param {object} [options]
     */
    analyze(text, options) {
      const inner = this.#live("Analyzer.analyze");
      checkLength("Analyzer.analyze", text);
      return unpack(inner.analyze(text, options), text);
    }

    /**
     * Redacts `text` with this analyser's configuration: its own labels can be redacted too.
     * @param {string} text
     * @param {object} [options] the options of `redact`
     */
    redact(text, options) {
      const inner = this.#live("Analyzer.redact");
      checkLength("Analyzer.redact", text);
      return unpackRedaction(inner.redact(text, options), text);
    }

    /** Every label this analyser can report. */
    labels() {
      return this.#live("Analyzer.labels").labels();
    }

    /**
     * Starts an empty document analysed with this analyser: feed it text piece by piece, and its
     * `analysis()` equals one `analyze()` of all the pieces concatenated.
     * @param {object} [options] the options of `analyze`
     * @returns {TextDocument}
     */
    document(options) {
      const inner = this.#live("Analyzer.document").document(options);
      return new TextDocument(inner, options?.offsets === undefined || options.offsets === "utf16");
    }

    /** Frees the Rust memory now. Any later call on this instance, `free()` included, throws. */
    free() {
      const inner = this.#live("Analyzer.free");
      this.#inner = undefined;
      inner.free();
    }

    /** `using analyzer = new Analyzer()` frees it at the end of the block (a no-op if already freed). */
    [Symbol.dispose ?? Symbol.for("Symbol.dispose")]() {
      if (this.#inner) this.free();
    }

    #live(call) {
      if (!this.#inner) throw new Error(`${call}: this Analyzer has been freed`);
      return this.#inner;
    }
  }

  /**
   * A text that grows piece by piece, analysed as one (the core's `Document`). Pieces are
   * concatenated as given. Call `free()` when done; a FinalizationRegistry frees it otherwise.
   */
  class TextDocument {
    #inner;
    #text = "";
    /** A high surrogate that ended the last piece: held back until its low half arrives. */
    #held = "";
    #utf16;

    /** @private Made by `Analyzer.prototype.document`. */
    constructor(inner, utf16) {
      this.#inner = inner;
      this.#utf16 = utf16;
    }

    /** The text so far: every piece, concatenated. */
    get text() {
      return this.#text + this.#held;
    }

    /**
     * Appends `piece` and returns the mentions of the paragraphs it finished (offsets from the start
     * of the whole text). They are an early view for painting: the exact mentions, linked into
     * entities across the whole text, are those of `analysis()`.
     * @param {string} piece
     * @returns {object[]}
     */
    feed(piece) {
      const rust = this.#take("TextDocument.feed", piece);
      const packed = this.#live("TextDocument.feed").feed(rust);
      return unpack(packed, this.#text).mentions;
    }

    /**
     * Appends `piece` without recognising anything yet (cheaper than `feed` when only `analysis()`
     * is wanted).
     * @param {string} piece
     */
    append(piece) {
      const rust = this.#take("TextDocument.append", piece);
      this.#live("TextDocument.append").append(rust);
    }

    /**
     * The analysis of the whole text so far: exactly `analyze(document.text, options)`. More pieces
     * may follow.
     * @returns {object}
     */
    analysis() {
      const inner = this.#flush("TextDocument.analysis");
      return finishUnpack(inner.analysis(), this.#text, this.#utf16);
    }

    /**
     * The same analysis in bounded steps, for a thread that must stay responsive (a page with no
     * worker): `step(units)` does about `units` units of work (about eight per UTF-8 byte of text
     * make the whole analysis) and returns true once it is complete; `finish()` returns the analysis.
     * The steps analyse the text as it is now; pieces appended meanwhile are not in it.
     * @returns {AnalysisSteps}
     */
    analysisSteps() {
      const inner = this.#flush("TextDocument.analysisSteps");
      return new AnalysisSteps(inner.analysisSteps(), this.#text, this.#utf16);
    }

    /** Frees the Rust memory now. Any later call on this instance, `free()` included, throws. */
    free() {
      const inner = this.#live("TextDocument.free");
      this.#inner = undefined;
      inner.free();
    }

    [Symbol.dispose ?? Symbol.for("Symbol.dispose")]() {
      if (this.#inner) this.free();
    }

    /** Checks `piece`, keeps it in the JS text and returns what to give Rust (no split surrogate pair). */
    #take(call, piece) {
      this.#live(call);
      if (typeof piece !== "string") {
        throw new TypeError(`${call}: argument "piece" must be a string, got ${piece === null ? "null" : typeof piece}`);
      }
      checkLength(call, this.#text + this.#held + piece);
      let rust = this.#held + piece;
      const last = rust.charCodeAt(rust.length - 1);
      this.#held = last >= 0xd800 && last <= 0xdbff ? rust.slice(-1) : "";
      if (this.#held) rust = rust.slice(0, -1);
      this.#text += rust;
      return rust;
    }

    #live(call) {
      if (!this.#inner) throw new Error(`${call}: this TextDocument has been freed`);
      return this.#inner;
    }

    /** The live glue document, with a held-back high surrogate given to Rust: the text is complete. */
    #flush(call) {
      const inner = this.#live(call);
      if (this.#held) {
        inner.append(this.#held);
        this.#text += this.#held;
        this.#held = "";
      }
      return inner;
    }
  }

  /** A document's analysis run a bounded amount of work at a time (made by `TextDocument.analysisSteps`). */
  class AnalysisSteps {
    #inner;
    #text;
    #utf16;

    /** @private */
    constructor(inner, text, utf16) {
      this.#inner = inner;
      this.#text = text;
      this.#utf16 = utf16;
    }

    /**
     * Does about `units` units of work; returns true once the analysis is complete.
     * @param {number} units a whole number from 1 to 2^32 - 1
     * @returns {boolean}
     */
    step(units) {
      if (!Number.isInteger(units) || units < 1 || units > 0xffffffff) {
        throw new TypeError(`AnalysisSteps.step: argument "units" must be a whole number from 1 to 4294967295, got ${units}`);
      }
      return this.#live("AnalysisSteps.step").step(units);
    }

    /**
     * The analysis (what is left of it runs now, at once); frees the steps.
     * @returns {object}
     */
    finish() {
      const inner = this.#live("AnalysisSteps.finish");
      this.#inner = undefined;
      try {
        return finishUnpack(inner.finish(), this.#text, this.#utf16);
      } finally {
        inner.free();
      }
    }

    /** Frees the Rust memory now. Any later call on this instance, `free()` included, throws. */
    free() {
      const inner = this.#live("AnalysisSteps.free");
      this.#inner = undefined;
      inner.free();
    }

    [Symbol.dispose ?? Symbol.for("Symbol.dispose")]() {
      if (this.#inner) this.free();
    }

    #live(call) {
      if (!this.#inner) throw new Error(`${call}: this AnalysisSteps has been finished or freed`);
      return this.#inner;
    }
  }

  return { analyze, redact, restore, Analyzer, TextDocument, AnalysisSteps };
}

/**
 * Builds the plain redaction `{ text, replacements }` from what the bindings return (src/wasm.rs,
 * `redact_with`): six numbers per replacement in `fields` (start, end, redacted start, redacted end,
 * label index, entity id) and the replacement strings. With UTF-16 offsets the texts are sliced from
 * the JS string, exact for any string: Rust saw each lone surrogate as U+FFFD (one unit, as the
 * surrogate), so its offsets are right but its texts are not. Other units come with Rust's texts.
 */
function unpackRedaction(packed, text) {
  const { fields, labels, replacements: strings, originals } = packed;
  const replacements = new Array(strings.length);
  let out = "";
  let copied = 0;
  for (let i = 0, j = 0; i < replacements.length; i++, j += 6) {
    const start = fields[j];
    const end = fields[j + 1];
    replacements[i] = {
      start,
      end,
      redacted_start: fields[j + 2],
      redacted_end: fields[j + 3],
      original: originals === undefined ? text.slice(start, end) : originals[i],
      replacement: strings[i],
      label: labels[fields[j + 4]],
      entity: fields[j + 5],
    };
    if (originals === undefined) {
      out += text.slice(copied, start) + strings[i];
      copied = end;
    }
  }
  return { text: originals === undefined ? out + text.slice(copied) : packed.text, replacements };
}

/**
 * Puts the originals back into a redacted text (UTF-16 offsets, as `redact` gives them by default):
 * each replacement's `redacted_start..redacted_end` must hold its `replacement`, without overlaps.
 * Throws a `TypeError` for arguments of the wrong type and an `Error` naming the replacement that
 * does not fit.
 * @param {string} redacted
 * @param {{ redacted_start: number, redacted_end: number, replacement: string, original: string }[]} replacements
 * @returns {string}
 */
export function restore(redacted, replacements) {
  if (typeof redacted !== "string") {
    throw new TypeError(`restore: argument "redacted" must be a string, got ${redacted === null ? "null" : typeof redacted}`);
  }
  if (!Array.isArray(replacements)) {
    throw new TypeError('restore: argument "replacements" must be an array of replacements');
  }
  const order = replacements.map((r, i) => {
    const ok =
      r !== null && typeof r === "object" &&
      Number.isInteger(r.redacted_start) && Number.isInteger(r.redacted_end) &&
      typeof r.replacement === "string" && typeof r.original === "string";
    if (!ok) {
      throw new TypeError(`restore: replacements[${i}] must be {redacted_start, redacted_end, replacement, original}`);
    }
    return i;
  });
  order.sort((a, b) => replacements[a].redacted_start - replacements[b].redacted_start || replacements[a].redacted_end - replacements[b].redacted_end);
  let out = "";
  let copied = 0;
  for (const i of order) {
    const { redacted_start: start, redacted_end: end, replacement, original } = replacements[i];
    if (start < copied || end < start || end > redacted.length) {
      throw new Error(`restore: replacement ${i}: its redacted span ${start}..${end} overlaps another one or is outside the text`);
    }
    if (redacted.slice(start, end) !== replacement) {
      throw new Error(`restore: replacement ${i}: the redacted text does not hold ${JSON.stringify(replacement)} at ${start}..${end}`);
    }
    out += redacted.slice(copied, start) + original;
    copied = end;
  }
  return out + redacted.slice(copied);
}

/**
 * Builds the plain analysis `{ stats, mentions, entities, quotes, keywords, key_sentences }` from what the
 * bindings return (src/wasm.rs, `PackedAnalysis`): the mentions come packed, four numbers each in
 * `fields` (start, end, label index, entity id), the quotes three each in `quote_fields` (start, end,
 * speaker id + 1), as creating them here is much cheaper than property by property through the glue. Their texts are sliced from `text` (offsets are UTF-16 by default, and
 * so exact even around lone surrogates) or, for other offset units, come in `texts`.
 */
/** A document's packed analysis as a plain object (see `unpack`). */
function finishUnpack(packed, text, utf16) {
  const analysis = unpack(packed, text);
  // Rust saw each lone surrogate as U+FFFD: take the key sentences' texts from the JS string.
  if (utf16) for (const s of analysis.key_sentences) s.text = text.slice(s.start, s.end);
  return analysis;
}

function unpack(packed, text) {
  const { fields, labels, values, texts } = packed;
  const mentions = new Array(fields.length / 4);
  for (let i = 0, j = 0; i < mentions.length; i++, j += 4) {
    const start = fields[j];
    const end = fields[j + 1];
    mentions[i] = {
      start,
      end,
      text: texts === undefined ? text.slice(start, end) : texts[i],
      label: labels[fields[j + 2]],
      entity: fields[j + 3],
    };
  }
  for (const [i, value] of values) mentions[i].value = value;
  const { stats, entities, keywords, key_sentences } = packed;
  // Quotes come packed too: start, end, speaker id + 1 (0: none); their texts after the mentions'.
  const qf = packed.quote_fields ?? [];
  const quotes = new Array(qf.length / 3);
  for (let i = 0, j = 0; i < quotes.length; i++, j += 3) {
    const start = qf[j];
    const end = qf[j + 1];
    quotes[i] = {
      start,
      end,
      text: texts === undefined ? text.slice(start, end) : texts[mentions.length + i],
      speaker: qf[j + 2] === 0 ? null : qf[j + 2] - 1,
    };
  }
  return { stats, mentions, entities, quotes, keywords, key_sentences };
}

/**
 * Refuses, before any copy into wasm memory, a text whose UTF-8 form is certainly over the limit
 * (every UTF-16 unit is at least one UTF-8 byte). The core checks the exact byte length itself.
 */
function checkLength(call, text) {
  if (typeof text === "string" && text.length > MAX_TEXT_BYTES) {
    throw new RangeError(
      `${call}: text is too large: at least ${text.length} bytes, the limit is ${MAX_TEXT_BYTES} bytes`,
    );
  }
}
