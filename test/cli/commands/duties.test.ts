import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { serialOf } from "../../../src/core/calendar/official-calendar";
import { FINDING_KINDS } from "../../../src/core/duties/duties";
import { dutiesWorkbookSpecs } from "../../../src/jobs/duties/duties-sheets";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { cli } from "../../support/run-cli";
import { SAMPLE_TEMPLATE_PATH } from "../../support/samples";

const SAMPLE = path.join(__dirname, "../../../assets/samples/ops-2025.duties.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "duties-"));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** A duties workbook with nothing wrong in it (as of 2025-12-31). */
async function cleanWorkbook(): Promise<string> {
  const book = XlsxWorkbook.empty();
  const roles = { 柜员: "发起", 柜面主管岗: "决策", 合规专员岗: "监督" };
  await book.write(
    dutiesWorkbookSpecs(
      {
        descriptions: ["柜员", "柜面主管岗", "合规专员岗"].map((name, k) => ({
          id: `GW-0${k + 1}`,
          name,
          department: "营业部",
          duties: "职责",
          requirements: "要求",
          workflow: "流程",
          standard: `权重模板：${name}`,
          revised: "2025-10-10",
        })),
        processes: [{ id: "LC-001", name: "个人开户", line: "个人金融", roles }],
        changes: [
          {
            id: "BG-1",
            subject: "新规",
            type: "监管变化",
            occurred: "2025-09-26",
            posts: ["柜员"],
            completed: "2025-10-10",
          },
        ],
      },
      { generatedAt: "now", today: serialOf("2025-12-31") }
    )
  );
  const file = path.join(dir, "clean.xlsx");
  writeFileSync(file, await book.toBuffer());
  return file;
}

describe("bank-assess duties (duties.md §4)", () => {
  it("checks the sample: every finding on stderr with its cell, the report written, exit 1, the input untouched", async () => {
    const before = sha(SAMPLE);
    const out = path.join(dir, "体检报告.xlsx");
    const { code, err } = await cli(
      "duties",
      SAMPLE,
      "--template",
      SAMPLE_TEMPLATE_PATH,
      "--as-of",
      "2025-12-31",
      "--out",
      out
    );
    expect(code).toBe(1);
    expect(err).toContain(
      "✗ 权责矩阵!A12：流程 LC-008：多头决策（客户经理、理财经理），请明确一个决策岗。"
    );
    expect(err).toContain("! 岗位说明书!B14：「大堂经理」未承担任何流程。");
    expect(err).toContain("✗ 变更 BG-2025-03 已逾期（到期日 2025-11-24，职责变更!A7）");
    expect(err).toContain(
      "检查日 2025-12-31：10 个岗位说明书、34 个流程、7 项变更；15 处错误，4 处提醒。"
    );
    expect(err).toContain(`「岗位责任体检 2025Q4」已写入 ${out}`);
    expect(sha(SAMPLE)).toBe(before);
    const written = await (await XlsxWorkbook.fromBuffer(readFileSync(out))).read([]);
    expect(written.sheets.map((s) => s.name)).toEqual([
      "岗位说明书",
      "权责矩阵",
      "职责变更",
      "岗位责任体检 2025Q4",
      "审计日志",
    ]);
  });

  it("--json prints the findings and changes of §4 on stdout, and nothing else", async () => {
    const { code, out } = await cli(
      "duties",
      SAMPLE,
      "--template",
      SAMPLE_TEMPLATE_PATH,
      "--as-of",
      "2025-12-31",
      "--json"
    );
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["findings", "changes", "unreadable", "notes"]);
    for (const f of json.findings) {
      expect(FINDING_KINDS).toContain(f.kind);
      expect(
        Object.keys(f).every((k) =>
          ["kind", "severity", "process", "post", "cell", "message"].includes(k)
        )
      ).toBe(true);
    }
    expect(json.findings).toContainEqual({
      kind: "decide-and-supervise",
      severity: "error",
      process: "LC-010",
      post: "柜面主管岗",
      cell: "权责矩阵!G14",
      message: "流程 LC-010：「柜面主管岗」既决策又监督（不相容职责）。",
    });
    expect(json.findings).toContainEqual({
      kind: "idle-post",
      severity: "warning",
      post: "大堂经理",
      cell: "岗位说明书!B14",
      message: "「大堂经理」未承担任何流程。",
    });
    expect(json.changes).toEqual([
      { id: "BG-2025-01", due: "2025-10-13", state: "on-time" },
      { id: "BG-2025-02", due: "2026-01-16", state: "late" },
      { id: "BG-2025-03", due: "2025-11-24", state: "overdue" },
      { id: "BG-2025-04", due: "2025-12-31", state: "pending" },
      { id: "BG-2025-05", due: "2026-01-20", state: "pending" },
      { id: "BG-2025-06", due: "2025-10-29", state: "on-time" },
      { id: "BG-2025-07", due: "2026-01-07", state: "pending" },
    ]);
  });

  it("exits 0 on a workbook with nothing wrong, and speaks English when asked", async () => {
    const clean = await cleanWorkbook();
    const { code, err } = await cli("duties", clean, "--as-of", "2025-12-31", "--lang", "en-US");
    expect(code).toBe(0);
    expect(err).toContain(
      "Checked as of 2025-12-31: 3 post descriptions, 1 process, 1 change; 0 errors, 0 warnings."
    );
    expect(err).toContain("No weight template");
  });

  it("--new writes the empty workbook with the template's posts; the check then lists what is to fill", async () => {
    const file = path.join(dir, "岗责.xlsx");
    const made = await cli("duties", "--new", "--template", SAMPLE_TEMPLATE_PATH, "--out", file);
    expect(made.code).toBe(0);
    expect(made.err).toContain(`岗责工作簿已写入 ${file}（岗位说明书、权责矩阵、职责变更）`);
    const checked = await cli("duties", file, "--template", SAMPLE_TEMPLATE_PATH, "--json");
    expect(checked.code).toBe(1);
    const kinds = new Set(JSON.parse(checked.out).findings.map((f: { kind: string }) => f.kind));
    expect([...kinds].sort()).toEqual(["idle-post", "incomplete-description", "stale-description"]);
  });

  it("cannot run (exit 2) without the sheets, on a missing file, on a bad date, or when --out is an input", async () => {
    const notDuties = path.join(dir, "notduties.xlsx");
    const book = XlsxWorkbook.empty();
    await book.write([
      { name: "评分表", rows: [[{ value: "x" }]], provenance: { kind: "scores" } },
    ]);
    writeFileSync(notDuties, await book.toBuffer());
    const missing = await cli("duties", notDuties);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("notduties.xlsx 中没有「岗位说明书」工作表：请先生成岗责工作簿");
    const json = await cli("duties", notDuties, "--json");
    expect(JSON.parse(json.out).issues).toHaveLength(3);

    expect((await cli("duties", path.join(dir, "nope.xlsx"))).err).toContain("文件不存在");
    const badDate = await cli("duties", SAMPLE, "--as-of", "2025-13-01");
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain("--as-of");
    const same = await cli("duties", SAMPLE, "--out", SAMPLE);
    expect(same.code).toBe(2);
    const noOut = await cli("duties", "--new");
    expect([noOut.code, noOut.err]).toEqual([2, expect.stringContaining("--out")]);
  });
});
