import { createDeflateRaw, inflateRawSync } from "node:zlib";

/**
 * Raw DEFLATE through Node's native zlib (the command line, the tests). The task pane's bundle swaps this
 * module for `deflate-browser.ts` (webpack), which has the same exports.
 */
export function inflate(data: Uint8Array, expectedSize: number): Uint8Array {
  // The size is the central directory's claim, checked before: no entry inflates beyond it.
  return inflateRawSync(data, { maxOutputLength: Math.max(expectedSize, 1) });
}

/** A streaming compressor: chunks in, compressed chunks out; compression runs beside the XML being made. */
export type Deflater = {
  push(chunk: Uint8Array): Promise<void>;
  finish(): Promise<Uint8Array[]>;
};

/** Level 3: a third of level 6's time for files about a third larger (measured on 100,000-row sheets). */
export const DEFLATE_LEVEL = 3;

export function deflater(): Deflater {
  const stream = createDeflateRaw({ level: DEFLATE_LEVEL });
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
