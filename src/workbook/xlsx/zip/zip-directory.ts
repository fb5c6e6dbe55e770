/**
 * A zip's central directory, read from the end of the file without inflating anything: what the container
 * check needs (and the pane's first bundle carries no decompressor for it).
 */
/** One file inside a zip, as its central directory describes it. */
export type ZipEntry = {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

/** Why a zip cannot be read: the edges turn it into "not a workbook" or "damaged". */
export class ZipError extends Error {
  constructor(readonly reason: "notZip" | "damaged" | "unsupported") {
    super(`zip: ${reason}`);
    this.name = "ZipError";
  }
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const utf8 = new TextDecoder("utf-8");

/** The central directory, read from the end of the file; nothing is inflated. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ZipError("notZip");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("damaged");
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset === 0xffffffff || count === 0xffff) throw new ZipError("unsupported"); // zip64
  if (offset + directorySize > bytes.length) throw new ZipError("damaged");
  const entries: ZipEntry[] = [];
  for (let e = 0; e < count; e++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY)
      throw new ZipError("damaged");
    const nameLength = view.getUint16(offset + 28, true);
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw new ZipError("unsupported");
    entries.push(entry);
    offset +=
      46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}
