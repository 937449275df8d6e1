// A small static file server for the demo: "/" serves www/, "/pkg/" serves the npm package in pkg/.
// Binds 127.0.0.1 only. Usage: node scripts/serve.mjs [PORT]   (PORT 0 picks a free port)
// Tests import `serve()` to run the same server in-process.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** Maps a URL path to a file under `mounts` (longest prefix first), refusing to leave the mount. */
function fileFor(pathname, mounts) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(pathname.slice(prefix.length)));
    const file = join(dir, rel);
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

/**
 * Starts the server and resolves to `{ url, close }`.
 * @param {{ port?: number, mounts?: [string, string][] }} [options] extra mounts are tried first
 */
export async function serve({ port = 8080, mounts = [] } = {}) {
  const table = [...mounts, ["/pkg/", join(REPO, "pkg")], ["/", join(REPO, "www")]];
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url, "http://127.0.0.1");
      let file = fileFor(pathname, table);
      if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const body = file && (await readFile(file).catch(() => null));
      if (!body) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(body);
    } catch (err) {
      res.writeHead(400, { "content-type": "text/plain" }).end(String(err.message));
    }
  });
  await new Promise((ok, fail) => server.once("error", fail).listen(port, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const { url } = await serve({ port });
  console.log(`textlens demo: ${url}  (Ctrl-C stops it)`);
}
