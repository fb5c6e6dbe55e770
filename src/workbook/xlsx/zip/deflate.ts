import * as zlib from "node:zlib";
import { crc32 as crc32InScript } from "./crc32";

/** zlib's own CRC-32 where Node has it (20.15 and later), three times faster than the script's. */
export const crc32: (data: Uint8Array, previous?: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === "function"
    ? (data, previous = 0) => zlib.crc32(data, previous)
    : crc32InScript;

/**
 * Raw DEFLATE through Node's native zlib (the command line, the tests). The task pane's bundle swaps this
 * module for `deflate-browser.ts` (webpack), which has the same exports.
 */
export function inflate(data: Uint8Array, expectedSize: number): Uint8Array {
  // The size is the central directory's claim, checked before: no entry inflates beyond it.
  return zlib.inflateRawSync(data, { maxOutputLength: Math.max(expectedSize, 1) });
}

/**
 * Text as UTF-8 bytes. Sheet XML is nearly all ASCII (text lives in the shared strings), and an ASCII string
 * is copied byte for byte, several times faster than encoding it.
 */
export function encodeText(text: string): Uint8Array {
  return Buffer.byteLength(text, "utf8") === text.length
    ? Buffer.from(text, "latin1")
    : Buffer.from(text, "utf8");
}

/** A streaming compressor: chunks in, compressed chunks out; compression runs beside the XML being made. */
export type Deflater = {
  push(chunk: Uint8Array): Promise<void>;
  finish(): Promise<Uint8Array[]>;
};

/** Level 1: a fifth of level 6's time for files about 40% larger (measured on 100,000-row sheets). */
export const DEFLATE_LEVEL = 1;

export function deflater(): Deflater {
  // Room for a few chunks: the next chunk of XML is made while zlib compresses the last (on its own thread).
  // (zlib hands its options to the stream it builds, high-water mark included.)
  const stream = zlib.createDeflateRaw({
    level: DEFLATE_LEVEL,
    writableHighWaterMark: 1 << 23,
  } as zlib.ZlibOptions);
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  stream.on("data", (chunk: Uint8Array) => out.push(chunk));
  stream.on("error", (error) => (failure = error));
  return {
    push: (chunk) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        // Wait when zlib's buffer is full, so the XML is never held whole in memory.
        if (stream.write(chunk)) resolve();
        else stream.once("drain", () => resolve());
      }),
    finish: () =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        stream.once("end", () => (failure ? reject(failure) : resolve(out)));
        stream.end();
      }),
  };
}
