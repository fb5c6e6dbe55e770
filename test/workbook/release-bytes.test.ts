import { releaseBytes } from "../../src/workbook/xlsx/zip/release-bytes";

const MIB = 1 << 20;

describe("releaseBytes: a large buffer's memory let go once read", () => {
  it("empties a buffer that owns all of its memory, from 1 MiB", () => {
    const inflated = new Uint8Array(2 * MIB).fill(7);
    releaseBytes(inflated);
    expect(inflated.byteLength).toBe(0);
    expect(inflated.buffer.byteLength).toBe(0);
  });

  it("leaves a piece of a larger buffer, the file's own bytes and small buffers alone", () => {
    const file = new Uint8Array(4 * MIB).fill(1);
    const stored = file.subarray(MIB, 3 * MIB);
    releaseBytes(stored, file);
    expect(stored.byteLength).toBe(2 * MIB);
    releaseBytes(file, file);
    expect(file.byteLength).toBe(4 * MIB);
    const wholeView = new Uint8Array(file.buffer);
    releaseBytes(wholeView, file);
    expect(file[0]).toBe(1);
    const small = new Uint8Array(MIB - 1).fill(3);
    releaseBytes(small);
    expect(small[0]).toBe(3);
    const pooled = Buffer.from("<row/>");
    releaseBytes(pooled);
    expect(pooled.toString()).toBe("<row/>");
  });

  it("leaves shared memory alone (it cannot be transferred)", () => {
    const shared = new Uint8Array(new SharedArrayBuffer(2 * MIB));
    releaseBytes(shared);
    expect(shared.byteLength).toBe(2 * MIB);
  });
});
