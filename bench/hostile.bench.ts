import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

function* filledRows(from: number, to: number): Generator<string> {
  let chunk = "";
  for (let r = from; r <= to; r++) {
    chunk += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>北京分行</t></is></c><c r="C${r}" t="inlineStr"><is><t>E${r}</t></is></c><c r="E${r}" t="inlineStr"><is><t>授信审批岗</t></is></c><c r="F${r}"><v>3</v></c><c r="G${r}"><v>0.01</v></c><c r="H${r}"><v>95</v></c></row>`;
    if (chunk.length > MB) {
      yield chunk;
      chunk = "";
    }
  }
  yield chunk;
}

/**
 * The heavy hostile inputs of issue 15, each through the compiled command in a process of its own: a row
 * filled at Excel's last row, a full 1,048,576-row sheet, a real 1 GiB zip bomb, /dev/zero and a 200 MB cell.
 * Each must end (exit 1 or 2, with its message) within 2 GB and 120 s.
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
  return [
    runCommand("validate, a row filled at row 1,048,576", ["validate", far], undefined, [0, 1]),
    runCommand(
      "rank, a row filled at row 1,048,576",
      ["rank", far, "--out", out("far-out.xlsx")],
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
      ["rank", full, "--out", out("full-out.xlsx")],
      undefined,
      [2]
    ),
    runCommand(
      "collect, a full 1,048,576-row sheet (that file refused, named)",
      ["collect", full, "--out", out("full-collect.xlsx")],
      undefined,
      [2]
    ),
    runCommand(
      "validate, a 1 GiB zip bomb (refused from the zip directory)",
      ["validate", bomb],
      undefined,
      [2]
    ),
    runCommand(
      "collect, a 1 GiB zip bomb",
      ["collect", bomb, "--out", out("bomb-collect.xlsx")],
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
      ["rank", huge, "--out", out("huge-out.xlsx")],
      undefined,
      [0, 1]
    ),
  ];
}
