// Draws the extension's toolbar icon as a PNG at any size (no image files in git, no image tools):
// a blue tile with three lines of "text", the middle one marked in yellow.
import { deflateSync } from "node:zlib";
import { crc32 } from "./zip.mjs";

const BLUE = [28, 126, 214, 255];
const WHITE = [255, 255, 255, 255];
const YELLOW = [255, 212, 59, 255];
const CLEAR = [0, 0, 0, 0];

/** The colour of pixel (x, y) on a size × size icon. */
function pixel(x, y, size) {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const r = 0.18; // corner radius, as a fraction of the size
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
  const lines = [[0.26, 0.74], [0.2, 0.8], [0.26, 0.62]]; // [from, to] across, per line
  const rows = [0.3, 0.5, 0.7];
  for (let i = 0; i < 3; i++) {
    const half = i === 1 ? 0.09 : 0.045;
    if (Math.abs(v - rows[i]) <= half && u >= lines[i][0] && u <= lines[i][1]) return i === 1 ? YELLOW : WHITE;
  }
  return BLUE;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Renders the icon as an RGBA PNG.
 * @param {number} size width and height in pixels
 * @returns {Buffer}
 */
export function iconPng(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
