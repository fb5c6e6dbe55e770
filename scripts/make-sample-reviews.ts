/**
 * Writes the reviews sample (issue 25) for `npm run demo`:
 * - assets/samples/ops-2025.reviews.template.json: the sample template with a `reviews` block whose results
 *   fill the 线上运营岗's direct indicator `okr_completion`;
 * - assets/samples/reviews/*.xlsx: six returned forms (评价表) made by the project's own form builder for the
 *   Guangzhou online-ops team of the sample score sheet (GZ001–GZ003): their head (上级), each of the three
 *   (本人 and 同事) and two colleagues from 营业部 (同事). GZ003 rates himself far above the others (the
 *   self-gap warning). Run it again after changing the sample template: npx tsx scripts/make-sample-reviews.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseTemplate } from "../src/core/template/parse-template";
import { FORM_HEADER_ROW, REVIEW_FORM_SHEET, type Person } from "../src/jobs/reviews/review-form";
import { reviewFormJob } from "../src/jobs/reviews/reviews-job";
import { XlsxWorkbook } from "../src/workbook/xlsx/xlsx-workbook";

const root = path.join(__dirname, "..");
const samples = path.join(root, "assets/samples");

const REVIEWS = {
  items: [
    { id: "teamwork", name: "团队协作" },
    { id: "responsibility", name: "责任意识" },
    { id: "service", name: "服务意识" },
  ],
  raters: { superior: 50, peer: 30, subordinate: 10, self: 10 },
  trimAt: 5,
  minPeers: 3,
  selfGapWarning: 15,
  targets: { okr_completion: ["teamwork", "responsibility", "service"] },
};

const team: Person[] = [
  { id: "GZ001", name: "郭强" },
  { id: "GZ002", name: "何洁" },
  { id: "GZ003", name: "高飞" },
].map((p) => ({ ...p, branch: "广州分行", department: "网络金融部", post: "线上运营岗" }));

type Form = { file: string; rater: string; name: string; answers: [string, string, number[]][] };
const forms: Form[] = [
  {
    file: "01-部门负责人.xlsx",
    rater: "GZ900",
    name: "陈主任",
    answers: [
      ["GZ001", "上级", [92, 90, 88]],
      ["GZ002", "上级", [85, 82, 86]],
      ["GZ003", "上级", [72, 75, 70]],
    ],
  },
  {
    file: "02-郭强.xlsx",
    rater: "GZ001",
    name: "郭强",
    answers: [
      ["GZ001", "本人", [90, 92, 90]],
      ["GZ002", "同事", [84, 86, 85]],
      ["GZ003", "同事", [74, 72, 76]],
    ],
  },
  {
    file: "03-何洁.xlsx",
    rater: "GZ002",
    name: "何洁",
    answers: [
      ["GZ001", "同事", [93, 91, 90]],
      ["GZ002", "本人", [85, 88, 86]],
      ["GZ003", "同事", [70, 74, 72]],
    ],
  },
  {
    file: "04-高飞.xlsx",
    rater: "GZ003",
    name: "高飞",
    answers: [
      ["GZ001", "同事", [90, 88, 92]],
      ["GZ002", "同事", [82, 80, 84]],
      ["GZ003", "本人", [95, 95, 95]],
    ],
  },
  {
    file: "05-林红.xlsx",
    rater: "GZ021",
    name: "林红",
    answers: [
      ["GZ001", "同事", [88, 90, 91]],
      ["GZ002", "同事", [80, 83, 85]],
      ["GZ003", "同事", [75, 73, 74]],
    ],
  },
  {
    file: "06-罗平.xlsx",
    rater: "GZ022",
    name: "罗平",
    answers: [
      ["GZ001", "同事", [91, 89, 90]],
      ["GZ002", "同事", [86, 84, 82]],
      ["GZ003", "同事", [71, 76, 73]],
    ],
  },
];

async function main() {
  // The sample template's own text with the block added at its end, so the rest reads as it does there.
  const text = readFileSync(path.join(samples, "ops-2025.template.json"), "utf8").trimEnd();
  // Written as the sample writes its grades: one item a line.
  const block = [
    "{",
    `    "items": [`,
    REVIEWS.items.map((i) => `      {"id": "${i.id}", "name": "${i.name}"}`).join(",\n"),
    "    ],",
    ...["raters", "trimAt", "minPeers", "selfGapWarning", "targets"].map(
      (key, k, keys) =>
        `    "${key}": ${JSON.stringify(REVIEWS[key as keyof typeof REVIEWS])
          .replace(/,/g, ", ")
          .replace(/:/g, ": ")}${k < keys.length - 1 ? "," : ""}`
    ),
    "  }",
  ].join("\n");
  const withReviews = `${text.slice(0, text.lastIndexOf("}")).trimEnd()},\n  "reviews": ${block}\n}\n`;
  const parsed = parseTemplate(JSON.parse(withReviews));
  if (!parsed.ok) throw new Error("the reviews sample template is invalid");
  writeFileSync(path.join(samples, "ops-2025.reviews.template.json"), withReviews);
  const folder = path.join(samples, "reviews");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  for (const form of forms) {
    const book = XlsxWorkbook.empty();
    await reviewFormJob(book, {
      template: parsed.value,
      people: team,
      locale: "zh-CN",
      now: new Date(2025, 11, 20, 10, 0),
    });
    const filled = await XlsxWorkbook.fromBuffer(await book.toBuffer());
    const sheet = (await filled.model()).getWorksheet(REVIEW_FORM_SHEET)!;
    sheet.getCell("B3").value = form.rater;
    sheet.getCell("D3").value = form.name;
    for (const [id, relation, values] of form.answers) {
      const row = sheet.getRow(FORM_HEADER_ROW + 2 + team.findIndex((p) => p.id === id));
      row.getCell(6).value = relation;
      values.forEach((value, i) => (row.getCell(7 + i).value = value));
    }
    writeFileSync(path.join(folder, form.file), await filled.toBuffer());
  }
  console.log(`wrote ${folder} (${forms.length} forms) and ops-2025.reviews.template.json`);
}

void main();
