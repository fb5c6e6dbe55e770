/** Buffers smaller than this are left to the collector unless the caller says otherwise: too little to matter. */
const RELEASE_FROM = 1 << 20;

/**
 * Lets go of a large buffer's memory now, once nothing will read it again, rather than whenever the
 * collector next sweeps its old objects. An inflated score sheet (35 MB of XML at 100,000 rows, beside 5 MB
 * of shared text) is read for long enough to be counted among the old objects, which are swept rarely: held
 * there while the output was made, it set `rank`'s peak memory. Its memory is moved (transferred, never
 * copied) to a new holder that is dropped at once; new objects are collected within milliseconds, and
 * `bytes` is left empty.
 *
 * Only a buffer that owns all of its memory is let go: never a piece of a larger one (a pool's, or the
 * file's own bytes, which `keep` is), nor where the runtime cannot transfer (EdgeHTML 18's webview).
 */
export function releaseBytes(bytes: Uint8Array, keep?: Uint8Array, from = RELEASE_FROM): void {
  const memory = bytes.buffer;
  if (
    bytes.byteLength < from ||
    bytes.byteOffset !== 0 ||
    bytes.byteLength !== memory.byteLength ||
    memory === keep?.buffer ||
    !(memory instanceof ArrayBuffer) ||
    typeof structuredClone !== "function"
  )
    return;
  structuredClone(memory, { transfer: [memory] });
}
