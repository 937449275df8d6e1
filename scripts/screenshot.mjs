// Makes the README's screenshot of the demo page: the sample as it opens, in Chromium (headless, Debian's
// build), 1280×860, light theme by default. Written to docs/screenshot.png (git-ignored; run this after
// scripts/build-wasm.sh to see what the README describes).
// Usage: node scripts/screenshot.mjs [--dark] [--hard] [--out FILE]
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { launch } from "../tests/browser/chromium.mjs";
import { serve } from "./serve.mjs";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = resolve(outAt >= 0 ? args[outAt + 1] : fileURLToPath(new URL("../docs/screenshot.png", import.meta.url)));

const server = await serve({ port: 0 });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  await page.emulateMedia({ colorScheme: args.includes("--dark") ? "dark" : "light" });
  await page.goto(server.url);
  await page.waitForSelector("body[data-live=true]");
  await page.waitForSelector("#highlighted[data-sentences=true]");
  if (args.includes("--hard")) await page.click("button[data-view=hard]");
  else await page.click("#entities button.entity"); // flash the most mentioned entity
  await page.mouse.move(0, 0);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`[screenshot] ${out}`);
} finally {
  await browser.close();
  await server.close();
}
