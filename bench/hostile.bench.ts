import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { compress, zip, type Compressed } from "../src/workbook/xlsx/zip/zip-write";
import { runCommand, type CommandFigure } from "./command";

const SAMPLE = path.join(process.cwd(), "assets/samples/ops-2025.scores.xlsx");
const MB = 1 << 20;

/** The sample score workbook with its 评分表 part (sheet2.xml) made by `sheet` as it is compressed. */
async function sampleWith(sheet: (head: string, tail: string) => Iterable<string | Uint8Array>) {
  const entries = unzipSync(readFileSync(SAMPLE));
  const files: { name: string; entry: Compressed }[] = [];
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith("/")) continue;
    if (name === "xl/worksheets/sheet2.xml") {
      const xml = strFromU8(data);
      const cut = xml.indexOf('<row r="4"');
      const end = xml.indexOf("</sheetData>");
      files.push({ name, entry: await compress(sheet(xml.slice(0, cut), xml.slice(end))) });
    } else files.push({ name, entry: await compress([data]) });
  }
  return zip(files);
}

/** The XML of rows `from` to `to`, each made by `row`, in chunks of about a megabyte. */
function* rowsOf(from: number, to: number, row: (r: number) => string): Generator<string> {
  let chunk = "";
  for (let r = from; r <= to; r++) {
    chunk += row(r);
    if (chunk.length > MB) {
      yield chunk;
      chunk = "";
    }
  }
  yield chunk;
}

const filledRows = (from: number, to: number) =>
  rowsOf(
    from,
    to,
    (r) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>北京分行</t></is></c><c r="C${r}" t="inlineStr"><is><t>E${r}</t></is></c><c r="E${r}" t="inlineStr"><is><t>授信审批岗</t></is></c><c r="F${r}"><v>3</v></c><c r="G${r}"><v>0.01</v></c><c r="H${r}"><v>95</v></c></row>`
  );

/** Only 工号 filled, as an unstyled number: no "s" in the part for megabytes (the reader's search ran on). */
const onlyIds = (from: number, to: number) =>
  rowsOf(from, to, (r) => `<row r="${r}"><c r="C${r}"><v>${100_000 + r}</v></c></row>`);

const COLUMNS = Array.from({ length: 29 }, (_, c) =>
  c < 26 ? String.fromCharCode(65 + c) : `A${String.fromCharCode(39 + c)}`
);
/** The handout's 29 formatted cells a row with only 工号 filled: 560 MB of XML, more than one string holds. */
const formattedIds = (from: number, to: number) =>
  rowsOf(
    from,
    to,
    (r) =>
      `<row r="${r}" spans="1:29">${COLUMNS.map((c) =>
        c === "C"
          ? `<c r="C${r}" s="11" t="inlineStr"><is><t>E${r}</t></is></c>`
          : `<c r="${c}${r}" s="12"/>`
      ).join("")}</row>`
  );

/** Every row wrong: a post the template does not have. */
const unknownPosts = (from: number, to: number) =>
  rowsOf(
    from,
    to,
    (r) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>北京分行</t></is></c><c r="C${r}" t="inlineStr"><is><t>E${r}</t></is></c><c r="E${r}" t="inlineStr"><is><t>无此岗位</t></is></c><c r="F${r}"><v>3</v></c><c r="G${r}"><v>0.01</v></c><c r="H${r}"><v>95</v></c></row>`
  );

/**
 * The heavy hostile inputs of issue 15, each through the compiled command in a process of its own: a row
 * filled at Excel's last row, a full 1,048,576-row sheet, one with only 工号 filled (as bare numbers, and in
 * the handout's 29 formatted cells: 560 MB of XML), a real 1 GiB zip bomb, /dev/zero, a 200 MB cell, and
 * 200,000 rows each wrong (with validate beside rank, the figure to compare). Each must end (exit 1 or 2, with
 * its message) within 2 GB and 120 s; the ones with only 工号 and the wrong rows within 30 s.
 */
export async function hostileBench(): Promise<CommandFigure[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-hostile-"));
  const file = (name: string, bytes: Uint8Array) => {
    const at = path.join(dir, name);
    writeFileSync(at, bytes);
    return at;
  };
  const far = file(
    "far.xlsx",
    await sampleWith((head, tail) => [
      head,
      ...filledRows(4, 20),
      ...filledRows(1_048_576, 1_048_576),
      tail,
    ])
  );
  const full = file(
    "full.xlsx",
    await sampleWith((head, tail) => [head, ...filledRows(4, 1_048_576), tail])
  );
  const ids = file(
    "ids.xlsx",
    await sampleWith((head, tail) => [head, ...onlyIds(4, 1_048_576), tail])
  );
  const formatted = file(
    "formatted-ids.xlsx",
    await sampleWith((head, tail) => [head, ...formattedIds(4, 1_048_576), tail])
  );
  const wrong = file(
    "wrong.xlsx",
    await sampleWith((head, tail) => [head, ...unknownPosts(4, 200_003), tail])
  );
  const bomb = file(
    "bomb.xlsx",
    await sampleWith(function* (head, tail) {
      yield head;
      const zeros = new Uint8Array(MB).fill(0x20); // spaces: valid XML, and they compress a thousandfold
      for (let k = 0; k < 1024; k++) yield zeros;
      yield tail;
    })
  );
  const huge = file(
    "huge-cell.xlsx",
    await sampleWith(function* (head, tail) {
      yield `${head}<row r="4"><c r="A4" t="inlineStr"><is><t>北京分行</t></is></c><c r="C4" t="inlineStr"><is><t>BJ1</t></is></c><c r="D4" t="inlineStr"><is><t>`;
      const block = "x".repeat(MB);
      for (let k = 0; k < 200; k++) yield block;
      yield `</t></is></c><c r="E4" t="inlineStr"><is><t>授信审批岗</t></is></c><c r="F4"><v>3</v></c><c r="G4"><v>0.01</v></c><c r="H4"><v>95</v></c></row>${tail}`;
    })
  );
  const out = (name: string) => path.join(dir, name);
  const figures = [
    runCommand("validate, a row filled at row 1,048,576", ["validate", far], undefined, [0, 1]),
    runCommand(
      "rank, a row filled at row 1,048,576",
      ["rank", far, "--period", "2025Q4", "--out", out("far-out.xlsx")],
      undefined,
      [0, 1]
    ),
    runCommand(
      "validate, a full 1,048,576-row sheet (refused past 500,000 filled rows)",
      ["validate", full],
      undefined,
      [2]
    ),
    runCommand(
      "rank, a full 1,048,576-row sheet (refused past 500,000 filled rows)",
      ["rank", full, "--period", "2025Q4", "--out", out("full-out.xlsx")],
      undefined,
      [2]
    ),
    runCommand(
      "collect, a full 1,048,576-row sheet (that file refused, named)",
      ["collect", full, "--period", "2025Q4", "--out", out("full-collect.xlsx")],
      undefined,
      [2]
    ),
    runCommand(
      "validate, 1,048,576 rows with only 工号 filled, unstyled numbers (refused past 500,000 filled rows)",
      ["validate", ids],
      undefined,
      [2]
    ),
    runCommand(
      "rank, 1,048,576 rows with only 工号 filled, unstyled numbers (refused past 500,000 filled rows)",
      ["rank", ids, "--period", "2025Q4", "--out", out("ids-out.xlsx")],
      undefined,
      [2]
    ),
    runCommand(
      "validate, 1,048,576 rows of 29 formatted cells, only 工号 filled (560 MB of XML; refused past 500,000)",
      ["validate", formatted],
      undefined,
      [2]
    ),
    runCommand(
      "validate, 200,000 rows each with an unknown post (each named)",
      ["validate", wrong],
      undefined,
      [1]
    ),
    runCommand(
      "rank, 200,000 rows each with an unknown post (each listed unranked with why)",
      ["rank", wrong, "--period", "2025Q4", "--out", out("wrong-out.xlsx")],
      undefined,
      [1]
    ),
    runCommand(
      "collect, 200,000 rows each with an unknown post (10 listed, the rest counted)",
      ["collect", wrong, "--period", "2025Q4", "--out", out("wrong-collect.xlsx")],
      undefined,
      [1, 2]
    ),
    runCommand(
      "validate, a 1 GiB zip bomb (refused from the zip directory)",
      ["validate", bomb],
      undefined,
      [2]
    ),
    runCommand(
      "collect, a 1 GiB zip bomb",
      ["collect", bomb, "--period", "2025Q4", "--out", out("bomb-collect.xlsx")],
      undefined,
      [2]
    ),
    runCommand(
      "validate /dev/zero (refused: not a regular file)",
      ["validate", "/dev/zero"],
      undefined,
      [2]
    ),
    runCommand(
      "rank, a 200 MB cell (read; cut to 32,767 characters in the output)",
      ["rank", huge, "--period", "2025Q4", "--out", out("huge-out.xlsx")],
      undefined,
      [0, 1]
    ),
  ];
  // A gigabyte of inputs and outputs: not left behind in the temporary folder.
  rmSync(dir, { recursive: true, force: true });
  return figures;
}
