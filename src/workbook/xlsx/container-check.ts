/**
 * A look at a submitted file before anything unpacks it: is it a zip (an .xlsx), an OLE compound file (an
 * encrypted, password-protected .xlsx, or an old .xls), or something else; and how large would it be once
 * unpacked — from the zip's central directory alone, so a zip bomb is refused before it is inflated.
 */
export type Container =
  | { kind: "zip"; entries: number; unpackedBytes: number }
  | { kind: "ole" }
  | { kind: "other" }
  | { kind: "damaged" };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

export function inspectContainer(bytes: Uint8Array): Container {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) return { kind: "ole" };
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { kind: "other" };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { kind: "damaged" };
  const entries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset + directorySize > bytes.length) return { kind: "damaged" };
  let unpackedBytes = 0;
  for (let e = 0; e < entries; e++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY)
      return { kind: "damaged" };
    unpackedBytes += view.getUint32(offset + 24, true);
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return { kind: "zip", entries, unpackedBytes };
}
