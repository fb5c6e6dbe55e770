/**
 * The project's own hostile inputs (issue 15): files and arguments built from the project's outputs and then
 * broken, one family per way a workbook or a command line can go wrong. Each case makes its files in a folder
 * of its own and says how the command must end; the runner (hostile-inputs.test.ts) checks every case the same
 * way: the exit code, a message in the user's language (no library or system English, no stack, nothing raw
 * from the terminal), every input unchanged, and any workbook written valid for Excel.
 */
import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { compress, zip, type Compressed } from "../../src/workbook/xlsx/zip/zip-write";
import { asZipBomb, encryptedWorkbook } from "../support/submissions";
import {
  editEntry,
  editSheet,
  entriesOf,
  sheetPart,
  textCell,
  withRawValue,
  withRow,
  zipOf,
} from "../support/xlsx-surgery";

const ROOT = path.join(__dirname, "../..");
export const SAMPLE_SCORES = path.join(ROOT, "assets/samples/ops-2025.scores.xlsx");
export const SAMPLE_TEMPLATE = path.join(ROOT, "assets/samples/ops-2025.template.json");
const SAMPLE_DUTIES = path.join(ROOT, "assets/samples/ops-2025.duties.xlsx");

export type Made = {
  argv: string[];
  /** Files that must be byte for byte the same after the run. */
  inputs: string[];
  /** The workbook the run must write (checked for validity), if any. */
  output?: string;
};

export type Case = {
  family: string;
  name: string;
  /** Exit codes the command may end with. */
  codes: number[];
  /** What stderr must say (a fragment of the message in the user's language). */
  says?: string | RegExp;
  make: (dir: string) => Promise<Made> | Made;
  /** More to check of what was written. */
  after?: (made: Made) => Promise<void> | void;
};

const scores = () => readFileSync(SAMPLE_SCORES);
const unzipSheetNames = (bytes: Uint8Array) =>
  [...strFromU8(unzipSync(bytes)["xl/workbook.xml"]).matchAll(/<sheet [^>]*name="([^"]*)"/g)].map(
    (m) => m[1]
  );
const templateJson = () => JSON.parse(readFileSync(SAMPLE_TEMPLATE, "utf8"));
const put = (dir: string, name: string, data: Uint8Array | string) => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  return file;
};

/** The same broken score workbook through validate, rank and collect: one input, three runs. */
function throughCommands(
  family: string,
  name: string,
  bytes: () => Uint8Array,
  expect: {
    codes: number[];
    says?: string | RegExp;
    commands?: ("validate" | "rank" | "collect")[];
  }
): Case[] {
  return (expect.commands ?? ["validate", "rank", "collect"]).map((command) => ({
    family,
    name: `${name} · ${command}`,
    codes: expect.codes,
    says: expect.says,
    make: (dir) => {
      const input = put(dir, "提交/北京分行.xlsx", bytes());
      const out = path.join(dir, "out.xlsx");
      const argv =
        command === "validate"
          ? ["validate", input]
          : command === "rank"
            ? ["rank", input, "--out", out, "--period", "2025Q4"]
            : [
                "collect",
                path.dirname(input),
                "--template",
                SAMPLE_TEMPLATE,
                "--out",
                out,
                "--period",
                "2025Q4",
              ];
      return { argv, inputs: [input], output: command === "validate" ? undefined : out };
    },
  }));
}

// ── numbers: a value cell whose raw text is not a number as SpreadsheetML writes one, or not finite ──
const BAD_NUMBERS = [
  "0x60",
  "1,5",
  "96abc",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-1e309",
  "1e5e5",
  "0b101",
  "٩٦",
  "９６",
  "1_000",
  ".",
  "-",
  "1.2.3",
  "Inf",
  "",
  " ",
  "+",
  "e5",
  "1e",
  "--5",
  "0o17",
];
const numbers: Case[] = BAD_NUMBERS.flatMap((raw, k) =>
  throughCommands(
    "numbers",
    `F4 <v>${JSON.stringify(raw)}</v>`,
    () => editSheet(scores(), "评分表", withRawValue("F4", raw)),
    // Either read as text (validate names the cell: exit 1) or, for a blank, a missing value (exit 1).
    { codes: [1], commands: k % 3 === 0 ? ["validate", "rank", "collect"] : ["validate", "rank"] }
  )
);
const numbersInG: Case[] = BAD_NUMBERS.map((raw) => ({
  family: "numbers",
  name: `G5 <v>${JSON.stringify(raw)}</v> · rank`,
  codes: [1],
  make: (dir: string) => {
    const input = put(dir, "scores.xlsx", editSheet(scores(), "评分表", withRawValue("G5", raw)));
    const out = path.join(dir, "排名.xlsx");
    return {
      argv: ["rank", input, "--out", out, "--period", "2025Q4"],
      inputs: [input],
      output: out,
    };
  },
}));
// Numbers that are fine but extreme: read, and the output still has no non-finite number.
const EXTREME = [
  "1e308",
  "-1e308",
  "5e-324",
  "1.7976931348623157e308",
  "123456789012345678901234567890",
];
const extremes: Case[] = EXTREME.flatMap((raw) =>
  throughCommands(
    "numbers",
    `F4 <v>${raw}</v>`,
    () => editSheet(scores(), "评分表", withRawValue("F4", raw)),
    {
      codes: [0, 1],
      commands: ["rank"],
    }
  )
);

// ── rows: a blank-then-filled row far down, and row numbers Excel cannot have ──
const filledRow = (row: number) =>
  [
    textCell(`A${row}`, "北京分行"),
    textCell(`C${row}`, `FAR${row}`),
    textCell(`E${row}`, "授信审批岗"),
    `<c r="F${row}"><v>3</v></c><c r="G${row}"><v>0.01</v></c><c r="H${row}"><v>95</v></c>`,
  ].join("");
const rows: Case[] = [
  ...[150_000, 400_000, 1_048_576].flatMap((row) =>
    throughCommands(
      "rows",
      `one row filled at ${row}`,
      () => editSheet(scores(), "评分表", withRow(String(row), filledRow(row))),
      {
        codes: [1],
      }
    )
  ),
  ...["1048577", "2000000000", "0", "-5", "abc", "1.5", "99999999999999999999"].flatMap((r) =>
    throughCommands(
      "rows",
      `a row numbered ${r}`,
      () => editSheet(scores(), "评分表", withRow(r, textCell("C4", "X"))),
      {
        codes: [2],
        commands: ["validate", "rank"],
      }
    )
  ),
  ...["XFE5", "A0", "ZZZZ5", "5A"].flatMap((ref) =>
    throughCommands(
      "rows",
      `a cell at ${ref}`,
      () => editSheet(scores(), "评分表", withRow("200", textCell(ref, "X"))),
      {
        codes: [1, 2],
        commands: ["validate", "rank"],
      }
    )
  ),
];

/**
 * The sample score workbook with the 评分表's data rows made by `row` for rows 4 to `last`, streamed into its
 * compressed part as the bench makes its heavy inputs (a sheet of a million rows is never one string).
 */
async function bigScores(last: number, row: (r: number) => string): Promise<Uint8Array> {
  const files: { name: string; entry: Compressed }[] = [];
  const entries = entriesOf(scores());
  const part = sheetPart(entries, "评分表");
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith("/")) continue;
    if (name !== part) {
      files.push({ name, entry: await compress([data]) });
      continue;
    }
    const xml = strFromU8(data);
    const head = xml.slice(0, xml.indexOf('<row r="4"'));
    const tail = xml.slice(xml.indexOf("</sheetData>"));
    files.push({
      name,
      entry: await compress(
        (function* () {
          yield head;
          let chunk = "";
          for (let r = 4; r <= last; r++) {
            chunk += row(r);
            if (chunk.length < 1 << 20) continue;
            yield chunk;
            chunk = "";
          }
          yield chunk;
          yield tail;
        })()
      ),
    });
  }
  return zip(files);
}

// Every row to Excel's last with only 工号 filled, as unstyled numbers (no "s" in the part for megabytes):
// refused at the filled-row limit however few cells a row fills, at once (it read for hours before).
const onlyIds: Case[] = (["validate", "rank"] as const).map((command) => ({
  family: "rows",
  name: `1,048,576 rows with only 工号 filled · ${command}`,
  codes: [2],
  says: /500000/,
  make: async (dir: string) => {
    const input = put(
      dir,
      "scores.xlsx",
      await bigScores(1_048_576, (r) => `<row r="${r}"><c r="C${r}"><v>${r}</v></c></row>`)
    );
    const out = path.join(dir, "out.xlsx");
    const argv =
      command === "validate"
        ? ["validate", input]
        : ["rank", input, "--out", out, "--period", "2025Q4"];
    return { argv, inputs: [input] };
  },
}));

// ── text: cells longer than Excel holds, control characters, terminal escapes, formula-looking text ──
const LONG = "长".repeat(40_000);
const TEXTS: [string, string][] = [
  ["a 40,000-character name", LONG],
  ["a formula-looking name", '=HYPERLINK("http://example.com","x")'],
  ["a quote and an apostrophe", `a"b'c`],
  ["a terminal escape", "\u001b[31m红色\u001b[0m"],
  ["control characters", "a\u0001b\u0007c"],
  ["a bidi override", "abc\u202edcba"],
  ["an @ formula", "@SUM(A1:A9)"],
  ["a plus command", "+cmd|' /C calc'!A0"],
];
const texts: Case[] = TEXTS.flatMap(([name, text]) =>
  throughCommands(
    "text",
    `D4 (姓名) is ${name}`,
    () =>
      editSheet(scores(), "评分表", (xml) =>
        xml.replace(/<c r="D4"[^>]*>[\s\S]*?<\/c>/, textCell("D4", text))
      ),
    {
      codes: [1],
      commands: ["rank", "collect"],
    }
  )
);

// ── templates: labels, names and numbers that would break a formula, a list or a sheet ──
type Mutation = [string, (t: ReturnType<typeof templateJson>) => void, number[]];
const MUTATIONS: Mutation[] = [
  [
    "a grade label that is a formula",
    (t) => (t.grades[1].label = '良好"&HYPERLINK("http://x","x")&"'),
    [0, 1],
  ],
  ["a grade label with a quote", (t) => (t.grades[1].label = 'a"b'), [0, 1]],
  ["a grade label with an apostrophe", (t) => (t.grades[1].label = "a'b"), [0, 1]],
  ["a grade label with a comma", (t) => (t.grades[1].label = "良,好"), [0, 1]],
  ["a grade label of 300 characters", (t) => (t.grades[1].label = "良".repeat(300)), [0, 1, 2]],
  [
    "six 43-character post names",
    (t) => t.posts.forEach((p: { name: string }, k: number) => (p.name = `${"岗".repeat(42)}${k}`)),
    [0, 1, 2],
  ],
  ["a comma in a post name", (t) => (t.posts[0].name = "授信,审批岗"), [0, 1, 2]],
  ["a post name of 40,000 characters", (t) => (t.posts[0].name = LONG), [0, 1, 2]],
  ["a template name of 40,000 characters", (t) => (t.name = LONG), [0, 1, 2]],
  [
    "a template name with a terminal escape",
    (t) => (t.name = "\u001b]0;pwned\u0007模板"),
    [0, 1, 2],
  ],
  ["an indicator name that is a formula", (t) => (t.posts[0].indicators[0].name = "=1+1"), [0, 1]],
  ["an indicator id with a quote", (t) => (t.posts[0].indicators[0].id = 'a"b'), [0, 1, 2]],
  ["fullScore 1e308", (t) => (t.fullScore = 1e308), [0, 1, 2]],
  ["a weight of 1e308", (t) => (t.posts[0].indicators[0].weight = 1e308), [2]],
  ["a negative weight", (t) => (t.posts[0].indicators[0].weight = -30), [2]],
  ["a weight as text", (t) => (t.posts[0].indicators[0].weight = "30"), [2]],
  ["a target of 1e-320", (t) => (t.posts[0].indicators[0].scoring.target = 1e-320), [0, 1, 2]],
  ["a __proto__ key", (t) => (t.__proto__x = { polluted: true }), [0, 1, 2]],
  ["no posts", (t) => (t.posts = []), [2]],
  ["a post id with control characters", (t) => (t.posts[0].id = "a\u0001b"), [0, 1, 2]],
  ["a grade labelEn with a formula", (t) => (t.grades[0].labelEn = "=cmd|' /C calc'!A0"), [0, 1]],
  ["a precision of 20", (t) => (t.precision = 20), [0, 1, 2]],
  ["a version with an apostrophe", (t) => (t.version = "1'0"), [0, 1, 2]],
  ["a template id with brackets", (t) => (t.id = "[ops]:2025*?"), [0, 1, 2]],
  ["a period with a slash", (t) => (t.period = "2025/Q4"), [0, 1, 2]],
  [
    "201 posts",
    (t) =>
      (t.posts = Array.from({ length: 201 }, (_, k) => ({
        ...t.posts[0],
        id: `p${k}`,
        name: `岗${k}`,
      }))),
    [2],
  ],
  [
    "101 indicators",
    (t) =>
      (t.posts[0].indicators = Array.from({ length: 101 }, (_, k) => ({
        ...t.posts[0].indicators[2],
        id: `i${k}`,
        name: `指标${k}`,
        weight: k === 0 ? 0 : 1,
      }))),
    [2],
  ],
  ["a post name of exactly 100 characters", (t) => (t.posts[0].name = "岗".repeat(100)), [0, 1]],
  ["a post name of 101 characters", (t) => (t.posts[0].name = "岗".repeat(101)), [2]],
  [
    "an indicator name with a newline",
    (t) => (t.posts[0].indicators[0].name = "审批\n时效"),
    [0, 1, 2],
  ],
  ["a grade label with a newline", (t) => (t.grades[1].label = "良\n好"), [0, 1, 2]],
  ["a grade label of spaces", (t) => (t.grades[1].label = "   "), [2]],
  ["two grades of one label", (t) => (t.grades[2].label = t.grades[1].label), [0, 1, 2]],
  ["a post name that is a sheet reference", (t) => (t.posts[0].name = "'评分表'!A1"), [0, 1]],
  ["a post name of brackets and stars", (t) => (t.posts[0].name = "[*?]:/\\"), [0, 1]],
  [
    "an indicator unit with a formula",
    (t) => (t.posts[0].indicators[0].unit = '=HYPERLINK("x")'),
    [0, 1, 2],
  ],
  [
    "a training need of 40,000 characters",
    (t) => (t.posts[0].indicators[0].training = [LONG]),
    [2],
  ],
  ["a nameEn with a terminal escape", (t) => (t.posts[0].nameEn = "\u001b[31mred"), [0, 1]],
  [
    "a weight of 0.1 + 0.2",
    (t) => {
      t.posts[0].indicators[0].weight = 30.000000000000004;
    },
    [0, 1, 2],
  ],
  ["maxShare of 2", (t) => (t.grades[0].maxShare = 2), [2]],
];
const templates: Case[] = MUTATIONS.flatMap(([name, mutate, codes]) => {
  const json = () => {
    const t = templateJson();
    mutate(t);
    return JSON.stringify(t);
  };
  return [
    {
      family: "templates",
      name: `${name} · template`,
      codes,
      make: (dir: string) => {
        const input = put(dir, "t.json", json());
        const out = path.join(dir, "评分模板.xlsx");
        return { argv: ["template", input, "--out", out], inputs: [input], output: out };
      },
    },
    {
      family: "templates",
      name: `${name} · rank --template`,
      codes: [...new Set([...codes, 1])],
      make: (dir: string) => {
        const template = put(dir, "t.json", json());
        const input = put(dir, "scores.xlsx", scores());
        const out = path.join(dir, "排名.xlsx");
        return {
          argv: ["rank", input, "--template", template, "--out", out, "--period", "2025Q4"],
          inputs: [input, template],
          output: out,
        };
      },
    },
  ];
});

// ── arguments: periods and sheet names Excel cannot take as they are ──
const PERIODS = [
  "a'b",
  "[2025]",
  "2025:Q4",
  "2025/Q4",
  "2025*",
  "a?b",
  "\u0001",
  "x".repeat(40),
  "'",
  "排名 2025",
  "\u001b[2J",
];
const periods: Case[] = PERIODS.map((period) => ({
  family: "arguments",
  name: `rank --period ${JSON.stringify(period)}`,
  codes: [1, 2],
  make: (dir) => {
    const input = put(dir, "scores.xlsx", scores());
    const out = path.join(dir, "排名.xlsx");
    return {
      argv: ["rank", input, "--out", out, "--period", period],
      inputs: [input],
      output: out,
    };
  },
}));
const sheetArgs: Case[] = ["排名 2025", "不存在", "'", "\u0001"].map((sheet) => ({
  family: "arguments",
  name: `rank --sheet ${JSON.stringify(sheet)}`,
  codes: [1, 2],
  make: (dir) => {
    const input = put(dir, "scores.xlsx", scores());
    const out = path.join(dir, "排名.xlsx");
    return {
      argv: ["rank", input, "--out", out, "--sheet", sheet, "--period", "2025Q4"],
      inputs: [input],
    };
  },
}));
// A score sheet that is itself named 排名 2025: the ranking tab must not replace it in the output.
const userSheetNamedLikeRanking: Case = {
  family: "arguments",
  name: "the score sheet named 排名 2025, ranked as 2025",
  codes: [1],
  make: (dir) => {
    const renamed = editEntry(scores(), "xl/workbook.xml", (xml) =>
      xml.replace('name="评分表"', 'name="排名 2025"')
    );
    const input = put(dir, "scores.xlsx", renamed);
    const out = path.join(dir, "排名.xlsx");
    return {
      argv: ["rank", input, "--out", out, "--sheet", "排名 2025", "--period", "2025"],
      inputs: [input],
      output: out,
    };
  },
  after: async (made) => {
    const names = unzipSheetNames(readFileSync(made.output as string));
    expect(names).toEqual(expect.arrayContaining(["排名 2025", "排名 2025 (2)"]));
  },
};

// A workbook whose own 权重模板 was edited: a grade label made a formula, and the fingerprint cell blanked.
const editedTemplateSheet: Case[] = [
  [
    "a grade label formula",
    (xml: string) =>
      xml.replace(
        /<c r="A8"[^>]*>[\s\S]*?<\/c>/,
        textCell("A8", '良好"&HYPERLINK("http://x","x")&"')
      ),
  ],
  [
    "a grade label formula and the fingerprint blanked",
    (xml: string) =>
      xml
        .replace(
          /<c r="A8"[^>]*>[\s\S]*?<\/c>/,
          textCell("A8", '良好"&HYPERLINK("http://x","x")&"')
        )
        .replace(/<c r="D3"[^>]*>[\s\S]*?<\/c>/, ""),
  ],
  ["the fingerprint blanked", (xml: string) => xml.replace(/<c r="D3"[^>]*>[\s\S]*?<\/c>/, "")],
  [
    "a 40,000-character template name",
    (xml: string) => xml.replace(/<c r="B3"[^>]*>[\s\S]*?<\/c>/, textCell("B3", LONG)),
  ],
].flatMap(([name, edit]) =>
  throughCommands(
    "templates",
    `the workbook's 权重模板 with ${name as string}`,
    () => editSheet(scores(), "权重模板", edit as (x: string) => string),
    {
      codes: [1, 2],
      commands: ["rank", "collect"],
    }
  )
);

// ── containers: not a workbook, damaged, encrypted, bombs ──
const truncations = [
  10, 22, 30, 100, 512, 1000, 2000, 5000, 10000, 20000, 30000, 40000, 50000, 60000,
].map((size) => ({
  name: `truncated to ${size} bytes`,
  bytes: () => scores().subarray(0, size),
}));
const CONTAINERS: { name: string; bytes: () => Uint8Array }[] = [
  { name: "empty", bytes: () => new Uint8Array() },
  { name: "a CSV", bytes: () => strToU8("机构,工号\n北京分行,BJ001\n") },
  {
    name: "random bytes",
    bytes: () => Uint8Array.from({ length: 4096 }, (_, k) => (k * 7919) % 251),
  },
  { name: "an encrypted workbook", bytes: encryptedWorkbook },
  { name: "a zip bomb's directory", bytes: () => asZipBomb(scores()) },
  ...truncations,
  {
    name: "a wrong CRC in every entry",
    bytes: () => {
      const out = scores().slice();
      const view = new DataView(out.buffer, out.byteOffset);
      for (let i = 0; i + 30 < out.length; i++)
        if (view.getUint32(i, true) === 0x04034b50)
          view.setUint32(i + 14, view.getUint32(i + 14, true) ^ 0xffff, true);
      return out;
    },
  },
  {
    name: "a central directory that under-reports sizes",
    bytes: () => {
      const out = scores().slice();
      const view = new DataView(out.buffer, out.byteOffset);
      for (let i = 0; i + 46 < out.length; i++)
        if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
      return out;
    },
  },
  {
    name: "no workbook part",
    bytes: () => {
      const e = entriesOf(scores());
      delete e["xl/workbook.xml"];
      return zipOf(e);
    },
  },
  {
    name: "no shared strings",
    bytes: () => {
      const e = entriesOf(scores());
      delete e["xl/sharedStrings.xml"];
      return zipOf(e);
    },
  },
  {
    name: "a sheet that is not XML",
    bytes: () => editSheet(scores(), "评分表", () => "not xml at all"),
  },
  {
    name: "a shared string index out of range",
    bytes: () =>
      editSheet(scores(), "评分表", (xml) =>
        xml.replace(/<c r="C4"([^>]*)><v>\d+<\/v>/, '<c r="C4"$1><v>999999</v>')
      ),
  },
  {
    name: "an XXE entity",
    bytes: () =>
      editEntry(scores(), "xl/sharedStrings.xml", (xml) =>
        xml
          .replace("<sst", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><sst')
          .replace(/<t>[^<]*<\/t>/, "<t>&e;</t>")
      ),
  },
  {
    name: "a zip-slip entry",
    bytes: () => {
      const e = entriesOf(scores());
      e["../../evil.txt"] = strToU8("x");
      return zipOf(e);
    },
  },
];
/** One entry's bytes flipped inside its compressed data (the CRC no longer matches what it unpacks to). */
const ENTRY_NAMES = Object.keys(entriesOf(readFileSync(SAMPLE_SCORES))).filter(
  (n) => !n.endsWith("/")
);
const flipped: { name: string; bytes: () => Uint8Array }[] = ENTRY_NAMES.map((entry) => ({
  name: `a corrupted ${entry}`,
  bytes: () => {
    const e = entriesOf(scores());
    const data = e[entry].slice();
    data[Math.floor(data.length / 2)] ^= 0x5a;
    e[entry] = data;
    return zipOf(e);
  },
}));
const containers: Case[] = [...CONTAINERS, ...flipped].flatMap(({ name, bytes }) =>
  throughCommands("containers", name, bytes, {
    codes: [1, 2],
    commands: ["validate", "rank", "collect"],
  })
);

// ── JSON nested deeper than any file of ours: refused in the user's words before anything recursive runs ──
const DEEP: [string, () => string][] = [
  ["1,000,000 nested arrays", () => "[".repeat(1_000_000) + "]".repeat(1_000_000)],
  ["1,000,000 nested objects", () => '{"a":'.repeat(1_000_000) + "1" + "}".repeat(1_000_000)],
  [
    "100,000 nested arrays in a template's name",
    () =>
      JSON.stringify({ ...templateJson(), name: "@" }).replace(
        '"@"',
        "[".repeat(100_000) + "]".repeat(100_000)
      ),
  ],
  ["65 nested arrays, one past the limit", () => "[".repeat(65) + "]".repeat(65)],
];
const deepJson: Case[] = DEEP.flatMap(([name, json]) => [
  ...(["template", "rank", "collect"] as const).map((command) => ({
    family: "json",
    name: `${name} as the template · ${command}`,
    codes: [2],
    says: /不是权重模板：嵌套了 \d+ 层/,
    make: (dir: string) => {
      const template = put(dir, "t.json", json());
      const input = put(dir, "提交/北京分行.xlsx", scores());
      const out = path.join(dir, "out.xlsx");
      const argv =
        command === "template"
          ? ["template", template, "--out", out]
          : command === "rank"
            ? ["rank", input, "--template", template, "--out", out, "--period", "2025Q4"]
            : [
                "collect",
                path.dirname(input),
                "--template",
                template,
                "--out",
                out,
                "--period",
                "2025Q4",
              ];
      return { argv, inputs: [template, input] };
    },
  })),
  {
    family: "json",
    name: `${name} as a --calendar · duties`,
    codes: [2],
    says: /不是放假安排：嵌套了 \d+ 层/,
    make: (dir: string) => {
      const calendar = put(dir, "2027.json", json());
      const input = put(dir, "duties.xlsx", readFileSync(SAMPLE_DUTIES));
      return { argv: ["duties", input, "--calendar", calendar], inputs: [calendar, input] };
    },
  },
]);
const deepJsonEnglish: Case = {
  family: "json",
  name: "1,000,000 nested arrays as the template · template --lang en-US",
  codes: [2],
  says: "Not a weight template: nested 1000000 levels deep",
  make: (dir: string) => {
    const template = put(dir, "t.json", DEEP[0][1]());
    return {
      argv: ["template", template, "--out", path.join(dir, "out.xlsx"), "--lang", "en-US"],
      inputs: [template],
    };
  },
};

// ── files: what is not a regular file, and outputs that are inputs ──
const files: Case[] = [
  {
    family: "files",
    name: "validate /dev/zero",
    codes: [2],
    says: "不是普通文件",
    make: () => ({ argv: ["validate", "/dev/zero"], inputs: [] }),
  },
  {
    family: "files",
    name: "rank a folder",
    codes: [2],
    says: "文件夹",
    make: (dir) => ({
      argv: ["rank", dir, "--out", path.join(dir, "o.xlsx"), "--period", "2025Q4"],
      inputs: [],
    }),
  },
  {
    family: "files",
    name: "validate a FIFO",
    codes: [2],
    says: "不是普通文件",
    make: (dir) => {
      const fifo = path.join(dir, "pipe.xlsx");
      require("node:child_process").execFileSync("mkfifo", [fifo]);
      return { argv: ["validate", fifo], inputs: [] };
    },
  },
  {
    family: "files",
    name: "rank --template a FIFO",
    codes: [2],
    make: (dir) => {
      const fifo = path.join(dir, "t.json");
      require("node:child_process").execFileSync("mkfifo", [fifo]);
      const input = put(dir, "scores.xlsx", scores());
      return {
        argv: [
          "rank",
          input,
          "--template",
          fifo,
          "--out",
          path.join(dir, "o.xlsx"),
          "--period",
          "2025Q4",
        ],
        inputs: [input],
      };
    },
  },
  ...(["symlink", "hardlink", "proc"] as const).flatMap((how) =>
    (["rank", "template", "annual", "results", "appeals", "duties", "collect"] as const).map(
      (command) => ({
        family: "files",
        name: `${command} --out its input through a ${how}`,
        codes: [2],
        says: /输入/,
        make: (dir: string) => {
          const input = put(
            dir,
            "in/input.xlsx",
            command === "duties" ? readFileSync(SAMPLE_DUTIES) : scores()
          );
          const alias =
            how === "proc"
              ? `/proc/self/cwd/${path.relative(process.cwd(), input)}`
              : path.join(dir, "alias.xlsx");
          if (how === "symlink") symlinkSync(input, alias);
          if (how === "hardlink") linkSync(input, alias);
          const argv =
            command === "collect"
              ? [
                  "collect",
                  input,
                  "--template",
                  SAMPLE_TEMPLATE,
                  "--out",
                  alias,
                  "--period",
                  "2025Q4",
                ]
              : command === "appeals"
                ? ["appeals", input, "--register", input, "--apply", "--out", alias]
                : [command, input, "--out", alias];
          return { argv, inputs: [input] };
        },
      })
    )
  ),
  {
    family: "files",
    name: "collect --out inside the collected folder",
    codes: [2],
    says: "是输入之一",
    make: (dir) => {
      const input = put(dir, "提交/a.xlsx", scores());
      return {
        argv: [
          "collect",
          path.dirname(input),
          "--out",
          path.join(path.dirname(input), "汇总.xlsx"),
          "--period",
          "2025Q4",
        ],
        inputs: [input],
      };
    },
  },
  {
    family: "files",
    name: "collect --out the template",
    codes: [2],
    make: (dir) => {
      const input = put(dir, "提交/a.xlsx", scores());
      const template = put(dir, "t.xlsx", scores());
      return {
        argv: [
          "collect",
          path.dirname(input),
          "--template",
          template,
          "--out",
          template,
          "--period",
          "2025Q4",
        ],
        inputs: [input, template],
      };
    },
  },
  {
    family: "files",
    name: "rank --out an existing unrelated file: replaced, and said",
    codes: [1],
    says: "已替换原有文件",
    make: (dir) => {
      const input = put(dir, "scores.xlsx", scores());
      const out = put(dir, "old.xlsx", "an old file");
      return {
        argv: ["rank", input, "--out", out, "--period", "2025Q4"],
        inputs: [input],
        output: out,
      };
    },
  },
  {
    family: "files",
    name: "rank --out into a missing folder",
    codes: [2],
    make: (dir) => {
      const input = put(dir, "scores.xlsx", scores());
      return {
        argv: ["rank", input, "--out", path.join(dir, "nowhere", "o.xlsx"), "--period", "2025Q4"],
        inputs: [input],
      };
    },
  },
  {
    family: "files",
    name: "rank --out a folder",
    codes: [2],
    make: (dir) => {
      const input = put(dir, "scores.xlsx", scores());
      mkdirSync(path.join(dir, "o.xlsx"));
      return {
        argv: ["rank", input, "--out", path.join(dir, "o.xlsx"), "--period", "2025Q4"],
        inputs: [input],
      };
    },
  },
  {
    family: "files",
    name: "a file name with a terminal escape",
    codes: [1],
    make: (dir) => {
      const input = put(dir, "\u001b[31mred\u001b[0m.xlsx", scores());
      return { argv: ["validate", input], inputs: [input] };
    },
  },
  {
    family: "files",
    name: "collect a folder with a dangling link, a loop, an .xlsm and a .txt",
    codes: [1],
    make: (dir) => {
      const folder = path.join(dir, "提交");
      const input = put(dir, "提交/北京分行.xlsx", scores());
      symlinkSync(path.join(folder, "none.xlsx"), path.join(folder, "丢失.xlsx"));
      symlinkSync(path.join(folder, "loop.xlsx"), path.join(folder, "loop.xlsx"));
      put(dir, "提交/宏.xlsm", "PK");
      put(dir, "提交/说明.txt", "x");
      return {
        argv: ["collect", folder, "--out", path.join(dir, "汇总.xlsx"), "--period", "2025Q4"],
        inputs: [input],
        output: path.join(dir, "汇总.xlsx"),
      };
    },
  },
  {
    family: "files",
    name: "a roster line with a terminal escape",
    codes: [1],
    make: (dir) => {
      const input = put(dir, "提交/北京分行.xlsx", scores());
      const roster = put(dir, "roster.csv", "机构\n\u001b[2J北京分行\n上海\u001b]0;x\u0007分行\n");
      return {
        argv: [
          "collect",
          path.dirname(input),
          "--roster",
          roster,
          "--out",
          path.join(dir, "o.xlsx"),
          "--period",
          "2025Q4",
        ],
        inputs: [input, roster],
        output: path.join(dir, "o.xlsx"),
      };
    },
  },
];

// ── rosters: what a roster file may hold ──
const ROSTERS: [string, string | Uint8Array][] = [
  ["an empty roster", ""],
  ["a roster of one header", "机构\n"],
  ["a roster with a BOM and CRLF", "\ufeff机构\r\n北京分行\r\n"],
  [
    "a roster of 10,000 branches",
    `机构\n${Array.from({ length: 10000 }, (_, k) => `分行${k}`).join("\n")}`,
  ],
  ["a roster line of 40,000 characters", `机构\n${LONG}\n`],
  [
    "a roster in GBK bytes",
    Uint8Array.from([0xbb, 0xfa, 0xb9, 0xb9, 0x0a, 0xb1, 0xb1, 0xbe, 0xa9]),
  ],
  ["a roster that is a zip", readFileSync(SAMPLE_SCORES).subarray(0, 2000)],
  ["a roster of formulas", '机构\n=HYPERLINK("http://x")\n@SUM(A1)\n'],
  ["a roster with NUL bytes", "机构\n北京\u0000分行\n"],
  ["a roster of quoted CSV", '机构\n"北京分行,总部"\n"上海""分行"\n'],
  ["a roster with blank lines only", "\n\n\n"],
  ["a roster of one very long line of commas", `机构,${",".repeat(50000)}\n`],
  ["a roster with tabs", "机构\t地区\n北京分行\t华北\n"],
  ["a roster of duplicate branches", "机构\n北京分行\n北京分行\n北京分行\n"],
];
const rosters: Case[] = ROSTERS.map(([name, content]) => ({
  family: "rosters",
  name,
  codes: [1, 2],
  make: (dir: string) => {
    const input = put(dir, "提交/北京分行.xlsx", scores());
    const roster = put(dir, "roster.csv", content);
    const out = path.join(dir, "汇总.xlsx");
    return {
      argv: [
        "collect",
        path.dirname(input),
        "--roster",
        roster,
        "--out",
        out,
        "--period",
        "2025Q4",
      ],
      inputs: [input, roster],
      output: out,
    };
  },
}));

// ── collect: files with nothing to take must not count as accepted ──
const nothingToTake: Case[] = [
  ["no header row", (xml: string) => xml.replace(/<row r="3"[\s\S]*?<\/row>/, "")],
  ["no data rows", (xml: string) => xml.replace(/<row r="([4-9]|\d\d+)"[\s\S]*?<\/row>/g, "")],
  [
    "a merged header",
    (xml: string) =>
      xml
        .replace('<mergeCells count="2">', '<mergeCells count="3"><mergeCell ref="A3:E3"/>')
        .replace(/(<row r="3"[^>]*>)[\s\S]*?(<\/row>)/, `$1${textCell("A3", "机构")}$2`),
  ],
].map(([name, edit]) => ({
  family: "collect",
  name: `a submission with ${name as string}`,
  codes: [1, 2],
  says: /未|没有|无|缺少/,
  make: (dir: string) => {
    const input = put(
      dir,
      "提交/北京分行.xlsx",
      editSheet(scores(), "评分表", edit as (x: string) => string)
    );
    return {
      argv: [
        "collect",
        path.dirname(input),
        "--template",
        SAMPLE_TEMPLATE,
        "--out",
        path.join(dir, "o.xlsx"),
        "--period",
        "2025Q4",
      ],
      inputs: [input],
    };
  },
}));

// ── live formulas: branch names that are COUNTIFS wildcards ──
const liveBranches: Case[] = ["*", "北京*", "?", "~", "a~*b", "=1", '"'].map((branch) => ({
  family: "live",
  name: `rank --live with a branch named ${JSON.stringify(branch)}`,
  codes: [1],
  make: (dir: string) => {
    const input = put(
      dir,
      "scores.xlsx",
      editSheet(scores(), "评分表", (xml) =>
        xml.replace(/<c r="A4"[^>]*>[\s\S]*?<\/c>/, textCell("A4", branch))
      )
    );
    const out = path.join(dir, "排名.xlsx");
    return {
      argv: ["rank", input, "--out", out, "--live", "--period", "2025Q4"],
      inputs: [input],
      output: out,
    };
  },
}));

// ── the duties workbook: what a bank's staff type into the three sheets, and forged ones ──
const duties = () => readFileSync(SAMPLE_DUTIES);
const DUTY_EDITS: [string, string, (xml: string) => string, number[]][] = [
  ...[
    "下周",
    "2025-13-01",
    "2025/02/30",
    "0x60",
    "-1",
    "1e309",
    "NaN",
    "2025年13月1日",
    "99999999",
    "=TODAY()",
  ].map((text): [string, string, (xml: string) => string, number[]] => [
    `职责变更 发生日期 ${JSON.stringify(text)}`,
    "职责变更",
    (xml) => xml.replace(/<c r="D5"[^>]*>[\s\S]*?<\/c>/, textCell("D5", text)),
    [1],
  ]),
  [
    "职责变更 类型 其他变化",
    "职责变更",
    (xml) => xml.replace(/<c r="C5"[^>]*>[\s\S]*?<\/c>/, textCell("C5", "其他变化")),
    [1],
  ],
  [
    "职责变更 a change row at 150000",
    "职责变更",
    withRow("150000", textCell("A150000", "BG-FAR") + textCell("C150000", "业务变化")),
    [1],
  ],
  [
    "权责矩阵 a process row at 1048576",
    "权责矩阵",
    withRow("1048576", textCell("A1048576", "LC-FAR") + textCell("D1048576", "发起")),
    [1],
  ],
  [
    "权责矩阵 a role of 40,000 characters",
    "权责矩阵",
    (xml) => xml.replace(/<c r="D6"[^>]*>[\s\S]*?<\/c>/, textCell("D6", LONG)),
    [1],
  ],
  [
    "权责矩阵 a role that is a formula",
    "权责矩阵",
    (xml) =>
      xml.replace(/<c r="D6"[^>]*>[\s\S]*?<\/c>/, textCell("D6", '=HYPERLINK("http://x","发起")')),
    [1],
  ],
  [
    "权责矩阵 a post header with a terminal escape",
    "权责矩阵",
    (xml) => xml.replace(/<c r="D3"[^>]*>[\s\S]*?<\/c>/, textCell("D3", "\u001b[2J支行行长")),
    [1],
  ],
  [
    "权责矩阵 a post header of 40,000 characters",
    "权责矩阵",
    (xml) => xml.replace(/<c r="D3"[^>]*>[\s\S]*?<\/c>/, textCell("D3", LONG)),
    [1],
  ],
  ["权责矩阵 no header", "权责矩阵", (xml) => xml.replace(/<row r="3"[\s\S]*?<\/row>/, ""), [2]],
  [
    "岗位说明书 no header",
    "岗位说明书",
    (xml) => xml.replace(/<row r="3"[\s\S]*?<\/row>/, ""),
    [2],
  ],
  ["职责变更 no header", "职责变更", (xml) => xml.replace(/<row r="3"[\s\S]*?<\/row>/, ""), [2]],
  [
    "岗位说明书 a name of 40,000 characters",
    "岗位说明书",
    (xml) => xml.replace(/<c r="B5"[^>]*>[\s\S]*?<\/c>/, textCell("B5", LONG)),
    [1],
  ],
  ["岗位说明书 a revision date 1e309", "岗位说明书", withRawValue("H5", "1e309"), [1]],
  ["岗位说明书 a revision date -5", "岗位说明书", withRawValue("H5", "-5"), [1]],
  ["岗位说明书 a revision date in 9999", "岗位说明书", withRawValue("H5", "2958465"), [1]],
  ["职责变更 a date before the calendar", "职责变更", withRawValue("D5", "100"), [1]],
  ["职责变更 a date after the calendar", "职责变更", withRawValue("D5", "60000"), [1]],
  [
    "职责变更 posts joined with 40,000 separators",
    "职责变更",
    (xml) => xml.replace(/<c r="E5"[^>]*>[\s\S]*?<\/c>/, textCell("E5", "、".repeat(30000))),
    [1],
  ],
  [
    "权责矩阵 a cell at XFD3",
    "权责矩阵",
    (xml) =>
      xml.replace(/(<row r="3"[^>]*>[\s\S]*?)(<\/row>)/, `$1${textCell("XFD3", "远处岗位")}$2`),
    [1],
  ],
];
const dutiesCases: Case[] = [
  ...DUTY_EDITS.map(([name, sheet, edit, codes]) => ({
    family: "duties",
    name,
    codes,
    make: (dir: string) => {
      const input = put(dir, "岗责.xlsx", editSheet(duties(), sheet, edit));
      const out = path.join(dir, "体检报告.xlsx");
      return {
        argv: [
          "duties",
          input,
          "--template",
          SAMPLE_TEMPLATE,
          "--as-of",
          "2025-12-31",
          "--out",
          out,
        ],
        inputs: [input],
        output: out,
      };
    },
  })),
  ...["1900-01-01", "2099-12-31", "2004-01-01", "2026-12-31"].map((asOf) => ({
    family: "duties",
    name: `duties --as-of ${asOf}`,
    codes: [1],
    make: (dir: string) => {
      const input = put(dir, "岗责.xlsx", duties());
      const out = path.join(dir, "体检报告.xlsx");
      return {
        argv: ["duties", input, "--as-of", asOf, "--out", out],
        inputs: [input],
        output: out,
      };
    },
  })),
  {
    family: "duties",
    name: "duties on a score workbook",
    codes: [2],
    says: "请先生成岗责工作簿",
    make: (dir: string) => {
      const input = put(dir, "scores.xlsx", scores());
      return { argv: ["duties", input], inputs: [input] };
    },
  },
];

export const HOSTILE_CASES: Case[] = [
  ...numbersInG,
  ...dutiesCases,
  ...numbers,
  ...extremes,
  ...rows,
  ...onlyIds,
  ...texts,
  ...templates,
  ...periods,
  ...sheetArgs,
  userSheetNamedLikeRanking,
  ...containers,
  ...files,
  ...deepJson,
  deepJsonEnglish,
  ...nothingToTake,
  ...rosters,
  ...editedTemplateSheet,
  ...liveBranches,
];

/** How many distinct hostile inputs the cases are made of (one input may run through several commands). */
export const HOSTILE_INPUTS = new Set(
  HOSTILE_CASES.map((c) => c.name.replace(/ · (validate|rank|collect)$/, ""))
).size;
