// Launches Debian's Chromium headless through playwright-core (no browser download), with the flags
// this sandbox needs, and serves the repository's www/ and pkg/ on 127.0.0.1.
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A browser plus the demo server; `close()` stops both. Page errors fail loudly via `errors`. */
export async function startSession(serveOptions = {}) {
  const server = await serve({ port: 0, ...serveOptions });
  const browser = await launch();
  const errors = [];
  async function open(path = "") {
    const page = await browser.newPage();
    page.on("pageerror", (err) => errors.push(err));
    page.on("console", (msg) => msg.type() === "error" && errors.push(new Error(msg.text())));
    await page.goto(new URL(path, server.url).href);
    return page;
  }
  return {
    url: server.url,
    errors,
    open,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
