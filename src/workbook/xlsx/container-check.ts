import { zipEntries, ZipError } from "./zip/zip-directory";

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

export function inspectContainer(bytes: Uint8Array): Container {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) return { kind: "ole" };
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { kind: "other" };
  try {
    const entries = zipEntries(bytes);
    const unpackedBytes = entries.reduce((sum, entry) => sum + entry.size, 0);
    return { kind: "zip", entries: entries.length, unpackedBytes };
  } catch (error) {
    if (error instanceof ZipError) return { kind: "damaged" };
    throw error;
  }
}
