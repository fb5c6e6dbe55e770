/* Every hostile input of the corpus (hostile-corpus.ts) through its command: the exit code it must end with,
 * a message in the user's words (no library or system English, no stack, no terminal escape echoed), every
 * input byte for byte unchanged, and any workbook written valid for Excel (issue 15). */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describeWithTool } from "../support/external-tools";
import { recalculateWithLibreOffice } from "../support/libreoffice";
import { cli } from "../support/run-cli";
import { HOSTILE_CASES, HOSTILE_INPUTS } from "./hostile-corpus";
import { invalidities } from "./output-validity";

const root = mkdtempSync(path.join(os.tmpdir(), "hostile-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** What must never reach a user: a crash, a stack, a library's or the system's own words, raw escapes. */
const RAW = [
  /运行失败/,
  /\n\s+at /,
  /Maximum call stack/,
  /out of memory/i,
  /\bE(?:NOENT|ACCES|PERM|ISDIR|LOOP|NOSPC|NOTDIR|MFILE)\b/,
  /out of bounds/,
  /Worksheet name/i,
  /canonical JSON/,
  /(?<!「)\b(?:undefined|NaN)\b(?!」)|\[object Object\]/,
  // eslint-disable-next-line no-control-regex -- an escape or a bell must never reach the terminal
  /\u001b|\u0007/,
];

it(`has at least 300 distinct hostile inputs (${HOSTILE_INPUTS})`, () => {
  expect(HOSTILE_INPUTS).toBeGreaterThanOrEqual(300);
});

describe.each([...new Set(HOSTILE_CASES.map((c) => c.family))])("hostile inputs: %s", (family) => {
  it.each(HOSTILE_CASES.filter((c) => c.family === family).map((c) => [c.name, c] as const))(
    "%s",
    async (_, hostile) => {
      const dir = mkdtempSync(path.join(root, "case-"));
      const made = await hostile.make(dir);
      const before = made.inputs.map(sha);
      const { code, err, out } = await cli(...made.argv);
      if (!hostile.codes.includes(code))
        throw new Error(`exit ${code}, expected ${hostile.codes.join(" or ")}:\n${err}`);
      const raw = RAW.find((pattern) => pattern.test(`${err}${out}`));
      if (raw) throw new Error(`${raw} in what the command printed:\n${err.slice(0, 2000)}`);
      if (hostile.says) expect(err).toMatch(hostile.says);
      expect(made.inputs.map(sha)).toEqual(before);
      if (made.output && code < 2) {
        expect(existsSync(made.output)).toBe(true);
        expect(await invalidities(readFileSync(made.output))).toEqual([]);
      }
      await hostile.after?.(made);
      rmSync(dir, { recursive: true, force: true });
    }
  );
});

describeWithTool(
  "libreoffice",
  "hostile inputs' outputs opened by real spreadsheet software",
  (soffice) => {
    // One case a family that writes a workbook: LibreOffice opens it, recalculates it and saves it again.
    const samples = [...new Set(HOSTILE_CASES.map((c) => c.family))].flatMap((family) => {
      const found = HOSTILE_CASES.find(
        (c) =>
          c.family === family &&
          c.codes.some((code) => code < 2) &&
          !/ · validate$/.test(c.name) &&
          !/no header|empty/.test(c.name)
      );
      return found ? [[`${family}: ${found.name}`, found] as const] : [];
    });
    it.each(samples)("%s", async (_, hostile) => {
      const dir = mkdtempSync(path.join(root, "lo-"));
      const made = await hostile.make(dir);
      const { code } = await cli(...made.argv);
      // Only a refusal writes nothing.
      if (!made.output || code >= 2) return expect(code >= 2 || !made.output).toBe(true);
      expect(existsSync(made.output)).toBe(true);
      const saved = await recalculateWithLibreOffice(soffice, made.output);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(saved);
      expect(book.worksheets.length).toBeGreaterThan(0);
    });
  }
);
