/**
 * Draws the add-in icon (three rising bars on a blue tile) at 16/32/64/80/128 px into assets/ as PNG.
 * Pure Node (zlib), so icons can be regenerated on any machine: `node scripts/make-icons.js`.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c = ~0;
  for (let i = 0; i < buf.length; i++) {
    c ^= buf[i];
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
function icon(x, y, s) {
  const u = x / s,
    v = y / s;
  const r = 0.18; // rounded tile
  const dx = Math.max(r - u, 0, u - (1 - r)),
    dy = Math.max(r - v, 0, v - (1 - r));
  if (Math.hypot(dx, dy) > r) return [0, 0, 0, 0];
  const bars = [
    [0.2, 0.62],
    [0.42, 0.45],
    [0.64, 0.26],
  ]; // left edge, top
  for (const [left, top] of bars) {
    if (u >= left && u <= left + 0.16 && v >= top && v <= 0.8) return [255, 255, 255, 255];
  }
  return [15, 108, 189, 255]; // Fluent brand blue #0F6CBD
}
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size, icon));
}
console.log("icons written");
