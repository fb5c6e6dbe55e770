/* The command line's files (issue 15): only regular files are read, nothing a user gave is ever written, an
 * output is replaced whole (written beside it, then renamed) and the command says so. */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { formatParam } from "../../src/core/i18n/messages";
import {
  failureReason,
  MAX_INPUT_BYTES,
  readInput,
  refusedOutput,
  saveNewWorkbook,
  saveText,
} from "../../src/cli/files";
import type { SheetSource, SheetSpec } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { cli } from "../support/run-cli";
import { SAMPLE_TEMPLATE_PATH, sampleTemplate } from "../support/samples";
import { submission } from "../support/submissions";

const dir = mkdtempSync(path.join(os.tmpdir(), "files-"));
const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const reasonOf = async (file: string) => {
  const read = await readInput(file);
  return read.ok ? null : formatParam(read.error.params.reason ?? "", "zh-CN") || read.error.key;
};

describe("readInput: regular files only, within the size limit, read before anything is parsed", () => {
  it("refuses a folder, a device and a pipe without reading (a pipe would block for ever)", async () => {
    expect(await reasonOf(dir)).toBe("这是一个文件夹，不是文件。");
    expect(await reasonOf("/dev/zero")).toBe("不是普通文件（设备、管道或套接字）。");
    const fifo = path.join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(await reasonOf(fifo)).toBe("不是普通文件（设备、管道或套接字）。");
  });

  it("refuses a file over the limit by its size, unread", async () => {
    const big = path.join(dir, "big.xlsx");
    writeFileSync(big, "");
    truncateSync(big, MAX_INPUT_BYTES + 1); // sparse: nothing is really written
    const read = await readInput(big);
    expect(read.ok ? null : read.error).toEqual({
      key: "cli.tooLarge",
      params: { file: big, size: 201, limit: 200 },
    });
  });

  it("names what the system said in the user's words, never Node's English", () => {
    for (const [code, text] of [
      ["EACCES", "没有访问权限：请检查文件的权限。"],
      ["EISDIR", "这是一个文件夹，不是文件。"],
      ["ELOOP", "符号链接指向自身（循环）。"],
      ["ENOSPC", "磁盘已满：请腾出空间后重试。"],
      ["EWHATEVER", "系统错误 EWHATEVER。"],
    ])
      expect(formatParam(failureReason({ code }), "zh-CN")).toBe(text);
  });
});

describe("saving: the whole file or nothing, and a replaced file said", () => {
  it("replaces an existing output through a file written beside it, and leaves no temporary file", async () => {
    const out = path.join(dir, "out", "a.json");
    mkdirSync(path.dirname(out));
    writeFileSync(out, "old");
    let said = "";
    const saved = await saveText("new", out, { err: (t) => (said += t), lang: "zh-CN" });
    expect(saved).toEqual({ ok: true, value: out });
    expect(readFileSync(out, "utf8")).toBe("new");
    expect(said).toBe(`已替换原有文件 ${out}。\n`);
    expect(readdirSync(path.dirname(out))).toEqual(["a.json"]);
  });

  it("writes a new workbook while it is made, the same file as made whole, replaced whole and said", async () => {
    const out = path.join(dir, "streamed", "排名.xlsx");
    mkdirSync(path.dirname(out));
    writeFileSync(out, "old");
    const specs: SheetSpec[] = [
      {
        name: "排名",
        rows: [[{ value: "张三" }, { value: 93.5 }]],
        provenance: { kind: "ranking" },
      },
      { name: "明细", rows: [[{ value: 1 }]], provenance: { kind: "ranking" } },
    ];
    let said = "";
    const saved = await saveNewWorkbook(specs, out, { err: (t) => (said += t), lang: "zh-CN" });
    expect(saved).toEqual({ ok: true, value: out });
    const whole = XlsxWorkbook.empty();
    await whole.write(specs);
    expect(readFileSync(out).equals(Buffer.from(await whole.toBuffer()))).toBe(true);
    expect(said).toBe(`已替换原有文件 ${out}。\n`);
    expect(readdirSync(path.dirname(out))).toEqual(["排名.xlsx"]);
    const nowhere = await saveNewWorkbook(specs, path.join(dir, "没有这个文件夹", "a.xlsx"));
    expect(nowhere.ok ? null : nowhere.error.key).toBe("cli.noFolder");
  });

  it("lets a job's own failure while the file is made go on as it is (not a file to fix), and leaves nothing", async () => {
    const folder = path.join(dir, "failing");
    mkdirSync(folder);
    const bug = new TypeError("a bug in a sheet's making");
    const specs: SheetSource[] = [
      { name: "排名", rows: [[{ value: 1 }]], provenance: { kind: "ranking" } },
      {
        name: "明细",
        make: () => {
          throw bug;
        },
      },
    ];
    await expect(saveNewWorkbook(specs, path.join(folder, "排名.xlsx"))).rejects.toBe(bug);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("never writes through a link or over a folder at the output's place", async () => {
    const target = path.join(dir, "target.json");
    writeFileSync(target, "keep");
    const link = path.join(dir, "link.json");
    symlinkSync(target, link);
    const saved = await saveText("new", link);
    expect(saved.ok).toBe(false);
    expect(readFileSync(target, "utf8")).toBe("keep");
    const folder = path.join(dir, "folder.json");
    mkdirSync(folder);
    expect((await saveText("x", folder)).ok).toBe(false);
  });
});

describe("nothing a user gave is ever written", () => {
  it("refusedOutput: a workbook's extension first, then none of the inputs, however the path is spelt", () => {
    const input = path.join(dir, "评分表.xlsx");
    writeFileSync(input, "x");
    expect(refusedOutput(path.join(dir, "排名.txt"), [input])).toEqual({
      key: "cli.outExtension",
      params: {
        file: path.join(dir, "排名.txt"),
        extensions: ".xlsx",
        suggestion: path.join(dir, "排名.xlsx"),
      },
    });
    expect(refusedOutput(path.join(dir, ".", "评分表.xlsx"), [undefined, input])).toEqual({
      key: "cli.sameFile",
      params: {},
    });
    expect(refusedOutput(path.join(dir, "排名.xlsx"), [input, undefined])).toBeNull();
    expect(refusedOutput(path.join(dir, "模板.json"), [input], [".xlsx", ".json"])).toBeNull();
  });

  it("rank refuses --out that is its input through a symlink, a hard link or /proc/self/cwd, or its template", async () => {
    const input = path.join(dir, "scores.xlsx");
    writeFileSync(input, readFileSync(SAMPLE_SCORES));
    const before = sha(input);
    const soft = path.join(dir, "soft.xlsx");
    symlinkSync(input, soft);
    const hard = path.join(dir, "hard.xlsx");
    linkSync(input, hard);
    const template = path.join(dir, "t.xlsx");
    await cli("template", SAMPLE_TEMPLATE_PATH, "--out", template);
    const templateBefore = sha(template);
    for (const out of [soft, hard, `/proc/self/cwd/${path.relative(process.cwd(), input)}`]) {
      const { code, err } = await cli("rank", input, "--out", out);
      expect([code, err]).toEqual([2, expect.stringContaining("输出文件不能与输入文件相同")]);
    }
    expect((await cli("rank", input, "--template", template, "--out", template)).code).toBe(2);
    expect(sha(input)).toBe(before);
    expect(sha(template)).toBe(templateBefore);
  });

  it("collect refuses --out that is a submission, the template, the roster, or inside a collected folder", async () => {
    const folder = path.join(dir, "提交");
    mkdirSync(folder);
    const one = path.join(folder, "北京分行.xlsx");
    writeFileSync(
      one,
      await submission(sampleTemplate(), [
        {
          branch: "北京分行",
          id: "BJ1",
          name: "张伟",
          post: "授信审批岗",
          values: { approval_days: 3, npl_ratio: 0.02, compliance_accuracy: 95 },
        },
      ])
    );
    const roster = path.join(dir, "名单.csv");
    writeFileSync(roster, "机构\n北京分行\n");
    const before = [sha(one), sha(roster), sha(SAMPLE_TEMPLATE_PATH)];
    for (const out of [
      one,
      path.join(folder, "汇总.xlsx"),
      path.join(folder, "sub", "汇总.xlsx"),
    ]) {
      const { code, err } = await cli("collect", folder, "--out", out);
      expect([code, err]).toEqual([2, expect.stringContaining("是输入之一")]);
    }
    const asRoster = await cli("collect", folder, "--roster", roster, "--out", roster);
    expect(asRoster.code).toBe(2);
    expect(existsSync(path.join(folder, "汇总.xlsx"))).toBe(false);
    expect([sha(one), sha(roster), sha(SAMPLE_TEMPLATE_PATH)]).toEqual(before);
  });

  it("collect reports a bad folder entry on its own line and goes on with the others", async () => {
    const folder = path.join(dir, "混合");
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, "上海分行.xlsx"),
      await submission(sampleTemplate(), [
        {
          branch: "上海分行",
          id: "SH1",
          name: "王芳",
          post: "授信审批岗",
          values: { approval_days: 2, npl_ratio: 0.01, compliance_accuracy: 98 },
        },
      ])
    );
    symlinkSync(path.join(folder, "nowhere.xlsx"), path.join(folder, "丢失.xlsx"));
    symlinkSync(path.join(folder, "环.xlsx"), path.join(folder, "环.xlsx"));
    writeFileSync(path.join(folder, "宏.xlsm"), "PK");
    writeFileSync(path.join(folder, "说明.txt"), "hello");
    const out = path.join(dir, "汇总-混合.xlsx");
    const { code, err } = await cli("collect", folder, "--out", out, "--period", "2025Q4");
    expect(code).toBe(1);
    expect(err).toContain("丢失.xlsx");
    expect(err).toContain("文件不存在。");
    expect(err).toContain("符号链接指向自身（循环）。");
    expect(err).toContain("宏.xlsm");
    expect(err).toContain("不是 .xlsx 文件");
    expect(err).not.toMatch(/ENOENT|ELOOP|EACCES/);
    expect(existsSync(out)).toBe(true);
  });
});
