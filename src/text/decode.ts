/**
 * @summary 文本文件解码 / decoding a text file's bytes (UTF-8, UTF-16, GB18030)
 *
 * Reports arrive as .txt in UTF-8 (with or without BOM), UTF-16 from Windows tools (with a BOM, sometimes
 * without), or GB18030/GBK from older systems. Order: BOMs; strict UTF-8; UTF-16 recognised by zero bytes
 * on one parity; strict GB18030. Uses the standard `TextDecoder` (in browsers and Node with full ICU, the
 * default build). Returns null when none fits, for the caller to report.
 *
 * @example decodeTextBytes(new Uint8Array([0xd4, 0xf6, 0xb3, 0xa4])) // => "增长"
 */
export function decodeTextBytes(buf: Uint8Array): string | null {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return new TextDecoder("utf-8").decode(buf.subarray(3));
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    return new TextDecoder("utf-16be").decode(buf.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    /* not UTF-8 */
  }
  // UTF-16 without BOM: many zero bytes, all on one parity.
  const n = Math.min(buf.length, 4096);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] !== 0) continue;
    if (i % 2 === 0) evenZero++;
    else oddZero++;
  }
  if (oddZero > n / 8 && evenZero < n / 64) return new TextDecoder("utf-16le").decode(buf);
  if (evenZero > n / 8 && oddZero < n / 64) return new TextDecoder("utf-16be").decode(buf);
  try {
    return new TextDecoder("gb18030", { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}
