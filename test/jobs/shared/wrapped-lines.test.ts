import fc from "fast-check";
import { printedWidth, wrappedLines } from "../../../src/jobs/shared/print-layout";

/**
 * wrappedLines as it was written before it became one pass over the text: split into paragraphs, cut into
 * words by a pattern, each word measured by printedWidth. The pass must count the same lines for every text.
 */
function byWords(text: string, characters: number, bold = false): number {
  const room = Math.max(1, characters);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let line = 0;
    for (const token of paragraph.match(
      /[\u1100-\uffdc\ud800-\udfff]|[^\s\u1100-\uffdc\ud800-\udfff]+\s*|\s+/g
    ) ?? []) {
      const word = printedWidth(token.replace(/\s+$/, ""), bold);
      const full = printedWidth(token, bold);
      if (line > 0 && line + word > room) {
        lines++;
        line = 0;
        if (word === 0) continue;
      }
      if (word > room) {
        const more = Math.ceil(word / room) - 1;
        lines += more;
        line = word - more * room + (full - word);
      } else line += full;
    }
  }
  return lines;
}

/** Characters that tell the rules apart: Latin, digits, capitals, CJK, every kind of space, an emoji, kana. */
const PIECES = [
  ..."aZ09-_.,;:()",
  " ",
  "  ",
  "\t",
  "\n",
  "\u00a0",
  "\u3000",
  "\u2003",
  "\ufeff",
  ..."运营考核率。，",
  "\ud83d\ude00",
  "\ud83d",
  "ｱ",
  "第002支行-E00052",
  "Rank in branch",
];

describe("wrappedLines: the lines a text takes, in one pass", () => {
  it("counts as the word-by-word reading did, for any text, width and weight", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join("")),
        fc.oneof(fc.integer({ min: -2, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true })),
        fc.boolean(),
        (text, characters, bold) => {
          expect(wrappedLines(text, characters, bold)).toBe(byWords(text, characters, bold));
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("counts the cases a bank's tables hold", () => {
    // A 工号 with its branch (collect's ids) in a column of 16: two lines, as the words give.
    expect(wrappedLines("第002支行-E00052", 15)).toBe(2);
    expect(wrappedLines("风险控制措施执行率", 11)).toBe(2);
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("\n", 10)).toBe(2);
    expect(wrappedLines("   ", 1)).toBe(1);
  });
});
