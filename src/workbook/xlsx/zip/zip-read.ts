import { crc32, inflate } from "./deflate";
import { ZipError, type ZipEntry } from "./zip-directory";

export { zipEntries, ZipError, type ZipEntry } from "./zip-directory";

const LOCAL_HEADER = 0x04034b50;

/** An entry's bytes, inflated and checked against its size and checksum. */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new ZipError("damaged");
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError("damaged");
  const packed = bytes.subarray(start, end);
  let data: Uint8Array;
  if (entry.method === 0) data = packed;
  else if (entry.method === 8) {
    try {
      data = inflate(packed, entry.size);
    } catch {
      throw new ZipError("damaged");
    }
  } else throw new ZipError("unsupported");
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw new ZipError("damaged");
  return data;
}
