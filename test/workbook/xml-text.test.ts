import fc from "fast-check";
import { decodeText, escapeText } from "../../src/workbook/xlsx/xml-text";
import { XmlBytes } from "../../src/workbook/xlsx/xml-bytes";

describe("xml text", () => {
  it("reads back any string it writes, control characters and literal _xHHHH_ included (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const escaped = escapeText(text);
        // Nothing XML 1.0 cannot hold, nothing that would end the text or an attribute.
        // eslint-disable-next-line no-control-regex
        expect(escaped).not.toMatch(/[<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
        expect(decodeText(escaped)).toBe(text);
      })
    );
  });

  it("writes control characters as Excel does and escapes a literal escape", () => {
    expect(escapeText('a<b>&"\u0001_x0041_')).toBe("a&lt;b&gt;&amp;&quot;_x0001__x005F_x0041_");
    expect(decodeText("_x0001__x005F_x0041_&#20013;&#x6587;")).toBe("\u0001_x0041_中文");
  });
});

describe("XmlBytes", () => {
  it("writes ASCII and text as their UTF-8 bytes, across buffer ends (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({
              kind: fc.constant("ascii" as const),
              value: fc.string({ unit: fc.constantFrom("<", "c", "r", "=", '"', "A", "1", " ") }),
            }),
            fc.record({
              kind: fc.constant("text" as const),
              value: fc.string({ unit: "grapheme", maxLength: 30 }),
            })
          ),
          { maxLength: 60 }
        ),
        fc.integer({ min: 16, max: 64 }),
        (parts, size) => {
          const out = new XmlBytes(size);
          let expected = "";
          const chunks: Uint8Array[] = [];
          for (const part of parts) {
            if (part.kind === "ascii") out.ascii(part.value);
            else out.text(part.value);
            expected += String(part.value);
            chunks.push(...out.take());
          }
          chunks.push(...out.end());
          expect(Buffer.concat(chunks).toString("utf8")).toBe(expected);
        }
      )
    );
  });
});
