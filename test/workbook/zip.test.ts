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
});
