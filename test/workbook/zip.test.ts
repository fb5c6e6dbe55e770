import fc from "fast-check";
import { createHash } from "node:crypto";
import { crc32 as crc32InScript } from "../../src/workbook/xlsx/zip/crc32";
import { crc32 } from "../../src/workbook/xlsx/zip/deflate";
import * as browser from "../../src/workbook/xlsx/zip/deflate-browser";
import { entryBytes, zipEntries } from "../../src/workbook/xlsx/zip/zip-read";
import { compress, zip } from "../../src/workbook/xlsx/zip/zip-write";

describe("zip", () => {
  it("reads back every entry it writes, whatever its size and text (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.string({ minLength: 1, maxLength: 20 }),
            fc.string({ unit: "grapheme", maxLength: 3000 })
          ),
          {
            minLength: 1,
            maxLength: 5,
          }
        ),
        async (files) => {
          const named = files.map(([name, text], k) => ({ name: `${k}/${name}`, text }));
          const entries = [];
          for (const file of named) {
            // In two chunks, split between characters (as the writer's chunks are).
            const characters = Array.from(file.text);
            const chunks = [characters.slice(0, 7).join(""), characters.slice(7).join("")];
            entries.push({ name: file.name, entry: await compress(chunks) });
          }
          const bytes = zip(entries);
          const read = zipEntries(bytes);
          expect(read.map((e) => e.name)).toEqual(named.map((f) => f.name));
          read.forEach((entry, k) =>
            expect(new TextDecoder().decode(entryBytes(bytes, entry))).toBe(named[k].text)
          );
        }
      ),
      { numRuns: 40 }
    );
  });

  it("is a zip other programs read: unzip lists it (entries, sizes, checksums)", async () => {
    const bytes = zip([{ name: "a/表.xml", entry: await compress(["<x>", "中文", "</x>"]) }]);
    const entry = zipEntries(bytes)[0];
    expect(entry).toMatchObject({
      name: "a/表.xml",
      method: 8,
      size: Buffer.byteLength("<x>中文</x>"),
    });
    expect(entry.crc).toBe(crc32InScript(Buffer.from("<x>中文</x>")));
  });

  it("computes CRC-32 the same way in script and through zlib, at every length (property)", () => {
    expect(crc32InScript(Buffer.from("123456789"))).toBe(0xcbf43926);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.uint8Array({ maxLength: 100 }), (a, b) => {
        expect(crc32InScript(a)).toBe(crc32(a));
        // Chained: the checksum of a then b is the checksum of both.
        expect(crc32InScript(b, crc32InScript(a))).toBe(crc32(Buffer.concat([a, b])));
      })
    );
  });

  it("compresses the same in the pane (fflate) as in the command (zlib): each inflates the other's", async () => {
    const text = "<row>".repeat(5000) + "岗位".repeat(300);
    const bytes = new TextEncoder().encode(text);
    const fromBrowser = browser.deflater();
    await fromBrowser.push(bytes);
    const packed = Buffer.concat(await fromBrowser.finish());
    const { inflate } = await import("../../src/workbook/xlsx/zip/deflate");
    expect(Buffer.from(inflate(packed, bytes.length)).toString("utf8")).toBe(text);
    const fromNode = await compress([text]);
    expect(
      new TextDecoder().decode(browser.inflate(Buffer.concat(fromNode.data), bytes.length))
    ).toBe(text);
    expect(createHash("md5").update(browser.encodeText(text)).digest("hex")).toBe(
      createHash("md5").update(text, "utf8").digest("hex")
    );
  });

  it("compresses chunk by chunk into one stream any inflater reads, empty chunks included (property)", async () => {
    const { deflater, inflate } = await import("../../src/workbook/xlsx/zip/deflate");
    const { inflateRawSync } = await import("node:zlib");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 5000 }), { maxLength: 8 }),
        async (chunks) => {
          const stream = deflater();
          for (const chunk of chunks) await stream.push(chunk);
          const packed = Buffer.concat(await stream.finish());
          const whole = Buffer.concat(chunks);
          expect(inflateRawSync(packed).equals(whole)).toBe(true);
          expect(Buffer.from(inflate(packed, whole.length)).equals(whole)).toBe(true);
          expect(Buffer.from(browser.inflate(packed, whole.length)).equals(whole)).toBe(true);
        }
      ),
      { numRuns: 30 }
    );
  });

  it("loses almost nothing to compressing a sheet's 1 MiB chunks apart (≤ 1% over one stream)", async () => {
    const { deflater } = await import("../../src/workbook/xlsx/zip/deflate");
    const { deflateRawSync } = await import("node:zlib");
    let xml = "";
    for (let r = 1; xml.length < 6 << 20; r++)
      xml += `<row r="${r}"><c r="A${r}" s="3" t="s"><v>${(r * 7919) % 100_003}</v></c><c r="B${r}" s="10"><v>${((r * 31) % 1000) / 10}</v></c></row>`;
    const bytes = Buffer.from(xml, "latin1");
    const stream = deflater();
    for (let at = 0; at < bytes.length; at += 1 << 20)
      await stream.push(bytes.subarray(at, at + (1 << 20)));
    const apart = Buffer.concat(await stream.finish()).length;
    const together = deflateRawSync(bytes, { level: 1 }).length;
    expect(apart / together).toBeLessThan(1.01);
  });
  it("keeps each compressed piece in a buffer of its own size (zlib's larger output buffer is let go)", async () => {
    const { deflater } = await import("../../src/workbook/xlsx/zip/deflate");
    let xml = "";
    for (let r = 1; xml.length < 3 << 20; r++)
      xml += `<row r="${r}"><c r="A${r}"><v>${r % 977}</v></c></row>`;
    const bytes = Buffer.from(xml, "latin1");
    const stream = deflater();
    for (let at = 0; at < bytes.length; at += 1 << 20)
      await stream.push(bytes.subarray(at, at + (1 << 20)));
    const pieces = await stream.finish();
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(piece.buffer.byteLength).toBe(piece.byteLength);
  });

  it("inflates an entry larger than its one-buffer limit (64 MiB), in pieces, whole", async () => {
    const { inflate } = await import("../../src/workbook/xlsx/zip/deflate");
    const { deflateRawSync } = await import("node:zlib");
    const size = (64 << 20) + 4097;
    const data = Buffer.alloc(size, 0x41);
    data[size - 1] = 0x42;
    const out = inflate(deflateRawSync(data, { level: 1 }), size);
    expect(out.length).toBe(size);
    expect(out[size - 1]).toBe(0x42);
    expect(out[0]).toBe(0x41);
  });
});
