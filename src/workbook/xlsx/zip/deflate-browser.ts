import { Deflate, inflateSync } from "fflate";
import type { Deflater } from "./deflate";

export { crc32 } from "./crc32";

/** Raw DEFLATE in the browser (the task pane's files), with the same exports as `deflate.ts`. */
export function inflate(data: Uint8Array, expectedSize: number): Uint8Array {
  const out = inflateSync(data, { out: new Uint8Array(expectedSize) });
  return out.length === expectedSize ? out : out.slice(0, out.length);
}

export const DEFLATE_LEVEL = 1;

const utf8 = new TextEncoder();
export const encodeText = (text: string): Uint8Array => utf8.encode(text);

export function deflater(): Deflater {
  const out: Uint8Array[] = [];
  const stream = new Deflate({ level: DEFLATE_LEVEL }, (chunk) => out.push(chunk));
  return {
    push: async (chunk) => stream.push(chunk, false),
    finish: async () => {
      stream.push(new Uint8Array(0), true);
      return out;
    },
  };
}
