import * as zlib from "node:zlib";
import { giveBack } from "./chunk-buffers";
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
  // The size is the central directory's claim, checked before: no entry inflates beyond it. zlib's output
  // goes into one buffer of that size (up to 64 MiB) rather than 16 KiB pieces joined at the end.
  return zlib.inflateRawSync(data, {
    maxOutputLength: Math.max(expectedSize, 1),
    chunkSize: Math.min(Math.max(expectedSize, zlib.constants.Z_MIN_CHUNK), INFLATE_BUFFER_LIMIT),
  });
}

/** The largest buffer `inflate` asks zlib for at once (a larger entry comes in pieces of this size). */
const INFLATE_BUFFER_LIMIT = 64 << 20;

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

/** Chunks handed to zlib and not yet back: as many as are held in memory at once. */
const IN_FLIGHT = 2;

/** The last, empty block of a DEFLATE stream (BFINAL set, fixed codes, end of block). */
const FINAL_BLOCK = Uint8Array.of(0x03, 0x00);

/**
 * Each chunk compressed on its own, on zlib's thread, while the next is made (as pigz does). Every piece ends
 * with a sync flush (byte-aligned, not final), so the pieces joined, then a final empty block, are one
 * DEFLATE stream any inflater reads. A zlib stream would instead wait for the main thread's event loop
 * between its chunks, and that loop is busy making XML: zlib idled, then compressed a backlog while the
 * main thread waited. Each piece starts without the previous 32 KiB as dictionary: on 1 MiB chunks the
 * output is about 0.1% larger.
 */
export function deflater(): Deflater {
  const pieces: Promise<Uint8Array>[] = [];
  let settled = 0;
  return {
    push: async (chunk) => {
      // Room for the whole compressed chunk in zlib's one output buffer (level 1 packs sheet XML to about a
      // sixth; a quarter leaves room): one callback per chunk instead of one per 16 KiB.
      const options = {
        level: DEFLATE_LEVEL,
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
        chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, chunk.length >> 2),
      };
      const piece = new Promise<Uint8Array>((resolve, reject) =>
        zlib.deflateRaw(chunk, options, (error, packed) => {
          // zlib is done with the chunk: its buffer may take the next XML.
          giveBack(chunk);
          // A piece is a view of a larger buffer (zlib's, or Node's pool): copied, so that buffer is let go.
          if (error) reject(error);
          else
            resolve(packed.byteLength < packed.buffer.byteLength ? new Uint8Array(packed) : packed);
        })
      );
      // A failure is seen where the piece is awaited; until then it is not an unhandled rejection.
      piece.catch(() => undefined);
      pieces.push(piece);
      if (pieces.length - settled > IN_FLIGHT) await pieces[settled++];
    },
    finish: async () => {
      const packed = await Promise.all(pieces);
      packed.push(FINAL_BLOCK);
      return packed;
    },
  };
}
