import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { assess } from "../../../src/core/assess/assess";
import { parseTemplate } from "../../../src/core/template/parse-template";
import { cli } from "../../support/run-cli";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { SAMPLE_TEMPLATE_PATH, sampleTemplate } from "../../support/samples";
import {
  asZipBomb,
  encryptedWorkbook,
  submission,
  withTamperedWeights,
} from "../../support/submissions";
import { counter, credit } from "../../support/branch-rows";

const loaded = sampleTemplate();

const beijing = [
  credit("北京分行", "BJ1", 3, 0.02, 95),
  credit("北京分行", "BJ2", 2, 0.012, 90),
  counter("北京分行", "BJ3", 0.0009, 4),
];
const shanghai = [
  credit("上海分行", "SH1", 2.5, 0.01, 98),
  counter("上海分行", "SH2", 0.0012, 5),
  credit("上海分行", "SH3", 4, 0.02, "九十六"),
];
const guangzhou = [
  counter("广州分行", "GZ1", 0.0008, 3),
  credit("广州分行", "SH1", 3, 0.015, 92),
  credit("广州分行", "GZ3", 2, 0.018, 88),
];
const hangzhou = [credit("杭州分行", "HZ1", 3, 0.01, 97)];
const chengdu = [credit("成都分行", "CD1", 2, 0.01, 99)];

describe("bank-assess collect: a folder of real submissions", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "collect-"));
  const folder = path.join(dir, "提交");
  let result: { code: number; out: string; err: string };
  let report: {
    files: {
      file: string;
      state: string;
      branch: string | null;
      accepted: number;
      errorRows: number;
      note: string;
    }[];
    branches: { branch: string; state: string }[];
    crossBranch: string[];
    ranked: {
      id: string;
      composite: number;
      rank: { overall: number; post: number; branch: number | null };
    }[];
  };

  beforeAll(async () => {
    mkdirSync(folder);
    const old = parseTemplate({ ...JSON.parse(loaded.canonical), version: "0.9.0" });
    if (!old.ok) throw new Error("old template");
    writeFileSync(path.join(folder, "北京分行.xlsx"), await submission(loaded, beijing));
    copyFileSync(
      path.join(folder, "北京分行.xlsx"),
      path.join(folder, "北京分行（再次发送）.xlsx")
    );
    writeFileSync(path.join(folder, "上海分行.xlsx"), await submission(loaded, shanghai));
    writeFileSync(path.join(folder, "广州分行.xlsx"), await submission(loaded, guangzhou));
    writeFileSync(
      path.join(folder, "杭州分行.xlsx"),
      await withTamperedWeights(await submission(loaded, hangzhou))
    );
    writeFileSync(path.join(folder, "成都分行.xlsx"), await submission(old.value, chengdu));
    const good = await submission(loaded, [credit("深圳分行", "SZ1", 2, 0.01, 90)]);
    writeFileSync(
      path.join(folder, "深圳分行-损坏.xlsx"),
      good.slice(0, Math.floor(good.length / 2))
    );
    writeFileSync(path.join(folder, "深圳分行.xlsx"), "这不是工作簿，只是改了扩展名的文本文件");
    writeFileSync(path.join(folder, "西安分行-加密.xlsx"), encryptedWorkbook());
    writeFileSync(path.join(folder, "重庆分行-炸弹.xlsx"), asZipBomb(good));
    writeFileSync(
      path.join(dir, "机构名单.csv"),
      "机构\n北京分行\n上海分行\n广州分行\n杭州分行\n成都分行\n南京分行\n"
    );
    result = await cli(
      "collect",
      folder,
      "--template",
      SAMPLE_TEMPLATE_PATH,
      "--roster",
      path.join(dir, "机构名单.csv"),
      "--out",
      path.join(dir, "汇总.xlsx"),
      "--period",
      "2025Q4",
      "--json"
    );
    if (!result.out)
      throw new Error(`collect printed no JSON (exit ${result.code}): ${result.err}`);
    report = JSON.parse(result.out);
  });

  it("names each file's state correctly", () => {
    const state = (file: string) => report.files.find((f) => f.file === file);
    expect(state("北京分行.xlsx")).toMatchObject({
      state: "accepted",
      branch: "北京分行",
      accepted: 3,
    });
    expect(state("北京分行（再次发送）.xlsx")).toMatchObject({
      state: "duplicate",
      note: "与「北京分行.xlsx」内容完全相同，未重复计入",
    });
    expect(state("上海分行.xlsx")).toMatchObject({ state: "partial", accepted: 1, errorRows: 2 }); // 九十六, and SH1 also sent by 广州
    expect(state("广州分行.xlsx")).toMatchObject({ state: "partial", accepted: 2, errorRows: 1 });
    expect(state("杭州分行.xlsx")).toMatchObject({
      state: "wrongTemplate",
      note: expect.stringContaining("被改动过"),
    });
    expect(state("成都分行.xlsx")).toMatchObject({
      state: "wrongTemplate",
      branch: "成都分行",
      note: expect.stringContaining("另一版本"),
    });
    expect(state("深圳分行-损坏.xlsx")).toMatchObject({
      state: "unreadable",
      note: "文件已损坏，无法解压",
    });
    expect(state("深圳分行.xlsx")).toMatchObject({
      state: "unreadable",
      note: "不是 .xlsx 工作簿",
    });
    expect(state("西安分行-加密.xlsx")).toMatchObject({
      state: "unreadable",
      note: expect.stringContaining("加密"),
    });
    expect(state("重庆分行-炸弹.xlsx")).toMatchObject({
      state: "refused",
      note: expect.stringContaining("疑似恶意压缩文件"),
    });
  });

  it("names the same employee id sent by two branches, and the branches that sent nothing", () => {
    expect(report.crossBranch).toEqual([
      "工号「SH1」同时出现在 广州分行（广州分行.xlsx）、上海分行（上海分行.xlsx），这些行均未接收，请核实",
    ]);
    const branch = (name: string) => report.branches.find((b) => b.branch === name)?.state;
    expect([
      branch("北京分行"),
      branch("上海分行"),
      branch("成都分行"),
      branch("南京分行"),
    ]).toEqual(["accepted", "attention", "attention", "missing"]);
    expect(result.err).toContain("南京分行：未提交");
    expect(result.code).toBe(1);
  });

  it("ranks exactly as the good rows alone would be ranked", () => {
    const good = [...beijing, shanghai[1], guangzhou[0], guangzhou[2]].map((r) => ({
      id: r.id as string,
      branch: r.branch,
      post: r.post,
      values: r.values as Record<string, number>,
    }));
    const alone = assess(loaded, good);
    expect(report.ranked.map((r) => [r.id, r.composite, r.rank])).toEqual(
      alone.ranked.map((r) => [r.id, r.composite, r.rank])
    );
  });

  it("writes 汇总, 提交情况 and the ranking tab, and never touches the submissions", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(path.join(dir, "汇总.xlsx")));
    expect((await book.read([])).sheets.map((s) => s.name)).toEqual([
      "权重模板",
      "汇总",
      "提交情况",
      "排名 2025Q4",
      "排名明细 2025Q4",
      "审计日志",
    ]);
    const summary = (await book.read(["汇总"])).grids.get("汇总")!;
    expect(summary.rows.slice(3).map((cells) => cells[cells.length - 1])).toContainEqual({
      kind: "text",
      value: "广州分行.xlsx",
    });
    expect(readFileSync(path.join(folder, "深圳分行.xlsx"), "utf8")).toBe(
      "这不是工作簿，只是改了扩展名的文本文件"
    );
  });

  it("exits 0 when every expected branch was accepted, and 2 when nothing could be read", async () => {
    const clean = path.join(dir, "clean");
    mkdirSync(clean);
    copyFileSync(path.join(folder, "北京分行.xlsx"), path.join(clean, "北京分行.xlsx"));
    writeFileSync(path.join(dir, "one.csv"), "北京分行\n");
    expect(
      (
        await cli(
          "collect",
          clean,
          "--template",
          SAMPLE_TEMPLATE_PATH,
          "--roster",
          path.join(dir, "one.csv"),
          "--out",
          path.join(dir, "clean.xlsx"),
          "--period",
          "2025Q4"
        )
      ).code
    ).toBe(0);
    const junk = path.join(dir, "junk");
    mkdirSync(junk);
    writeFileSync(path.join(junk, "a.xlsx"), "not a workbook");
    expect((await cli("collect", junk, "--out", path.join(dir, "junk-out.xlsx"))).code).toBe(2);
  });

  it("without --template, uses the template most submissions carry, and says so", async () => {
    const majority = await cli(
      "collect",
      folder,
      "--out",
      path.join(dir, "majority.xlsx"),
      "--period",
      "2025Q4"
    );
    expect(majority.err).toContain(
      "未指定权重模板：按多数提交文件所用的模板「2025 年度运营考核权重模板」（版本 1.0.0"
    );
  });
});
