/**
 * The buffers sheet XML is written into, used again once zlib has compressed what was in them. A
 * 100,000-row workbook is some 160 MB of XML: a new 1 MiB buffer for each piece is 160 MB allocated and
 * zeroed, and each lingers (outside the script's heap, where the collector sees it late) long after zlib is
 * done with it. Only buffers made here are taken back, and only a few are kept.
 */
const made = new WeakSet<ArrayBufferLike>();
const spare: Uint8Array[] = [];
const spared = new Set<ArrayBufferLike>();
/** Pieces in zlib's hands at once, and the one being written, with room to spare. */
const SPARE_LIMIT = 4;

/** A buffer of at least `size` bytes: a spare one if it is large enough, else a new one. */
export function chunkBuffer(size: number): Uint8Array {
  const at = spare.findIndex((buffer) => buffer.length >= size);
  if (at >= 0) {
    const [buffer] = spare.splice(at, 1);
    spared.delete(buffer.buffer);
    return buffer;
  }
  const buffer = new Uint8Array(size);
  made.add(buffer.buffer);
  return buffer;
}

/**
 * Gives back the buffer a piece was cut from, once nothing reads the piece any more (zlib has compressed
 * it). A piece of any other buffer is left alone, and a buffer already given back is not taken twice.
 */
export function giveBack(piece: Uint8Array): void {
  const buffer = piece.buffer;
  if (!made.has(buffer) || spared.has(buffer) || spare.length >= SPARE_LIMIT) return;
  spared.add(buffer);
  spare.push(new Uint8Array(buffer));
}
