// Loads the built extension (extension/dist/, from scripts/build-extension.sh) into Debian's Chromium
// with playwright-core, and serves tests/extension/pages/ on 127.0.0.1 (strict-csp.html with the header
// `Content-Security-Policy: script-src 'self'`).
//
// Test-only manifest: the copy loaded here adds `host_permissions: ["http://127.0.0.1/*"]`. The shipped
// extension has none: it relies on activeTab, which Chrome grants when the user clicks the toolbar
// button, and a headless test cannot click it. The host permission stands in for that grant, so the
// tests drive the very code the popup runs (the service worker's highlightTab/clearTab).
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import { CHROMIUM_ARGS } from "../browser/chromium.mjs";

/** The built extension (scripts/build-extension.sh). */
export const DIST = process.env.TEXTLENS_EXTENSION_DIST ?? fileURLToPath(new URL("../../extension/dist", import.meta.url));
const PAGES = fileURLToPath(new URL("./pages", import.meta.url));
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
const CSP_PAGES = { "/strict-csp.html": "script-src 'self'", "/infinite.html": "script-src 'self'" };

/** Serves the test pages on 127.0.0.1; strict-csp.html gets a strict Content-Security-Policy header. */
async function servePages() {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, "http://127.0.0.1");
    const name = pathname.replace(/^\/+/, "");
    const body = /^[\w-]+\.(html|js)$/.test(name) ? await readFile(join(PAGES, name)).catch(() => null) : null;
    if (!body) return void res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    const headers = { "content-type": TYPES[extname(name)], "cache-control": "no-store" };
    if (CSP_PAGES[pathname]) headers["content-security-policy"] = CSP_PAGES[pathname];
    res.writeHead(200, headers).end(body);
  });
  await new Promise((ok, fail) => server.once("error", fail).listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Starts Chromium with the extension and the page server. `requests` collects the URL of every request
 * the browser context sees (pages, frames, workers that Playwright reports).
 */
export async function startExtension() {
  if (!(await stat(join(DIST, "manifest.json")).catch(() => null))) {
    throw new Error("extension/dist is missing: run scripts/build-extension.sh first");
  }
  const work = await mkdtemp(join(tmpdir(), "textlens-extension-"));
  const extension = join(work, "extension");
  await cp(DIST, extension, { recursive: true });
  const manifest = JSON.parse(await readFile(join(extension, "manifest.json"), "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"];
  await writeFile(join(extension, "manifest.json"), JSON.stringify(manifest));

  const server = await servePages();
  const context = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  const errors = [];
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;

  /**
   * Opens a test page and resolves to the page and its tab id (as the service worker sees it).
   * `init` (a function) runs in the page before its own scripts, on every load.
   */
  async function openPage(name, { init } = {}) {
    const page = await context.newPage();
    page.on("pageerror", (err) => errors.push(err));
    if (init) await page.addInitScript(init);
    const url = new URL(name, server.url).href;
    await page.goto(url);
    await page.bringToFront();
    const tabId = await worker.evaluate(async (href) => (await chrome.tabs.query({ url: href }))[0]?.id, url);
    if (!Number.isInteger(tabId)) throw new Error(`no tab found for ${url}`);
    return { page, tabId };
  }

  return {
    context,
    worker,
    extensionId,
    serverUrl: server.url,
    requests,
    errors,
    openPage,
    /** The service worker's highlightTab: the code path of the popup's "Highlight this page". */
    highlightTab: (tabId, options) => worker.evaluate(([id, opts]) => globalThis.textlens.highlightTab(id, opts), [tabId, options]),
    /** The service worker's clearTab: the popup's "Clear". */
    clearTab: (tabId) => worker.evaluate((id) => globalThis.textlens.clearTab(id), tabId),
    tabStatus: (tabId) => worker.evaluate((id) => globalThis.textlens.tabStatus(id), tabId),
    /** The service worker's toggleTab: the code path of the keyboard shortcut (commands.onCommand). */
    toggleTab: (tabId) => worker.evaluate((id) => globalThis.textlens.toggleTab(id), tabId),
    /** The service worker's analyseSelection: the code path of the context menu's "Analyse selection". */
    analyseSelection: (tabId, fallback) => worker.evaluate(([id, text]) => globalThis.textlens.analyseSelection(id, text), [tabId, fallback]),
    /**
     * Opens the side panel's page in a background tab of the window (headless Chromium shows no side
     * panel): it then follows the window's active tab, the test page, as the real side panel does.
     */
    async openSidePanel() {
      const opened = context.waitForEvent("page");
      await worker.evaluate(() => chrome.tabs.create({ url: chrome.runtime.getURL("sidepanel.html"), active: false }));
      const panel = await opened;
      panel.on("pageerror", (err) => errors.push(err));
      await panel.waitForSelector("body:not([aria-busy])");
      return panel;
    },
    async close() {
      await context.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

/**
 * What the CSS Custom Highlight API shows on a page, read from the page's own world:
 * `{ "textlens-email": ["ann@example.org", ...], ... }` (textlens highlights only).
 */
export function paintedHighlights(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("textlens-")) continue;
      const texts = [...highlight].map((range) => range.toString());
      if (texts.length) out[name] = texts;
    }
    return out;
  });
}
