import { phaseClock } from "../../../core/util/phase-clock";
import { crc32, deflater, encodeText } from "./deflate";

/** One compressed entry, ready to be placed in a zip under any name. */
export type Compressed = { crc: number; size: number; data: Uint8Array[]; packed: number };
type Written = Compressed & { name: Uint8Array };

const utf8 = new TextEncoder();

/** Compresses text that arrives in chunks as it comes, so only the compressed bytes are ever held whole. */
export async function compress(chunks: Iterable<string | Uint8Array>): Promise<Compressed> {
  const { entry } = await handOver(chunks);
  return phaseClock.timeAsync("deflate", () => entry);
}

/**
 * `compress`, done once every chunk is handed to zlib: zlib's last chunks (and so the entry) follow, while
 * the caller goes on (the next sheet is made while zlib finishes this one, on its own thread).
 */
export async function handOver(
  chunks: Iterable<string | Uint8Array>
): Promise<{ entry: Promise<Compressed> }> {
  const compressor = deflater();
  let crc = 0;
  let size = 0;
  const iterator = chunks[Symbol.iterator]();
  for (;;) {
    // The phases (BANK_ASSESS_PHASES): making the XML, and waiting for zlib (with the CRC).
    const made = phaseClock.start();
    const step = iterator.next();
    phaseClock.add("xml", made);
    if (step.done) break;
    const chunk = step.value;
    const packing = phaseClock.start();
    const bytes = typeof chunk === "string" ? encodeText(chunk) : chunk;
    if (bytes.length > 0) {
      crc = crc32(bytes, crc);
      size += bytes.length;
      await compressor.push(bytes);
    }
    phaseClock.add("deflate", packing);
  }
  const entry = (async () => {
    const data = await compressor.finish();
    const packed = data.reduce((sum, part) => sum + part.length, 0);
    if (size >= 0xffffffff || packed >= 0xffffffff) throw new RangeError("zip entry over 4 GiB");
    return { crc, size, data, packed };
  })();
  // Its failure is the awaiting caller's to see; meanwhile it is not an unhandled rejection.
  entry.catch(() => undefined);
  return { entry };
}

/** A zip of entries already compressed: local headers and data, then the central directory. */
export function zip(files: readonly { name: string; entry: Compressed }[]): Uint8Array {
  const parts = zipParts(files);
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * `zip` as the pieces it is made of, in order (each entry's local header, its compressed pieces as they are,
 * then the central directory): written one after the other, the file is never held twice.
 */
export function zipParts(files: readonly { name: string; entry: Compressed }[]): Uint8Array[] {
  const writer = new ZipWriter();
  const parts: Uint8Array[] = [];
  for (const { name, entry } of files) parts.push(...writer.entry(name, entry));
  parts.push(writer.end());
  return parts;
}

/**
 * A zip written an entry at a time, each as soon as it is compressed: the caller writes an entry's pieces
 * out and lets them go, and only the names, sizes and checksums stay for the directory at the end.
 */
export class ZipWriter {
  private readonly written: (Omit<Written, "data"> & { offset: number })[] = [];
  private at = 0;

  /** The entry's local header and its compressed pieces, to be written next. */
  entry(name: string, entry: Compressed): Uint8Array[] {
    const written = { ...entry, name: utf8.encode(name), offset: this.at };
    const head = new Uint8Array(30 + written.name.length);
    header(new DataView(head.buffer), 0, LOCAL, written);
    head.set(written.name, 30);
    this.at += head.length + entry.packed;
    if (this.at >= 0xffffffff) throw new RangeError("zip over 4 GiB");
    const { data, ...kept } = written;
    this.written.push(kept);
    return [head, ...data];
  }

  /** The central directory, which ends the file. */
  end(): Uint8Array {
    const entries = this.written;
    const central = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
    if (this.at + central + 22 >= 0xffffffff) throw new RangeError("zip over 4 GiB");
    const directory = new Uint8Array(central + 22);
    const view = new DataView(directory.buffer);
    let d = 0;
    for (const entry of entries) {
      header(view, d, CENTRAL, entry);
      view.setUint32(d + 42, entry.offset, true);
      directory.set(entry.name, d + 46);
      d += 46 + entry.name.length;
    }
    view.setUint32(d, 0x06054b50, true);
    view.setUint16(d + 8, entries.length, true);
    view.setUint16(d + 10, entries.length, true);
    view.setUint32(d + 12, d, true);
    view.setUint32(d + 16, this.at, true);
    return directory;
  }
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
/** 1980-01-01 00:00 in DOS time: the output does not depend on the clock. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function header(view: DataView, at: number, kind: number, entry: Omit<Written, "data">): void {
  view.setUint32(at, kind, true);
  // Central entries carry "made by" before the common fields; local ones do not.
  const shift = kind === CENTRAL ? 2 : 0;
  if (kind === CENTRAL) view.setUint16(at + 4, 20, true);
  view.setUint16(at + 4 + shift, 20, true); // version needed: 2.0 (deflate)
  view.setUint16(at + 6 + shift, 0x0800, true); // names in UTF-8
  view.setUint16(at + 8 + shift, 8, true); // deflate
  view.setUint16(at + 10 + shift, 0, true);
  view.setUint16(at + 12 + shift, DOS_DATE, true);
  view.setUint32(at + 14 + shift, entry.crc, true);
  view.setUint32(at + 18 + shift, entry.packed, true);
  view.setUint32(at + 22 + shift, entry.size, true);
  view.setUint16(at + 26 + shift, entry.name.length, true);
}
