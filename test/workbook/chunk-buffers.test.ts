import { chunkBuffer, giveBack } from "../../src/workbook/xlsx/zip/chunk-buffers";

describe("chunk buffers: the XML's buffers used again once zlib is done with them", () => {
  it("hands a given-back buffer out again, and never the same one twice", () => {
    const first = chunkBuffer(1024);
    giveBack(first.subarray(0, 10));
    giveBack(first.subarray(0, 10));
    const again = chunkBuffer(1024);
    expect(again.buffer).toBe(first.buffer);
    expect(chunkBuffer(1024).buffer).not.toBe(first.buffer);
  });

  it("takes back only its own buffers, keeps a few, and gives none smaller than asked", () => {
    const foreign = new Uint8Array(1024);
    giveBack(foreign);
    expect(chunkBuffer(1024).buffer).not.toBe(foreign.buffer);
    const small = chunkBuffer(16);
    giveBack(small);
    expect(chunkBuffer(1024).length).toBeGreaterThanOrEqual(1024);
    expect(chunkBuffer(16).buffer).toBe(small.buffer);
    const many = Array.from({ length: 10 }, () => chunkBuffer(64));
    for (const buffer of many) giveBack(buffer);
    const reused = Array.from({ length: 10 }, () => chunkBuffer(64)).filter((buffer) =>
      many.some((old) => old.buffer === buffer.buffer)
    );
    expect(reused.length).toBe(4);
  });
});
