/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { enUS } from "../../src/core/i18n/en-US";
import type { MessageKey } from "../../src/core/i18n/messages";
import { zhCN } from "../../src/core/i18n/zh-CN";
import { issueText, PANE_WORDING } from "../../src/taskpane/pane-wording";
import { StatusArea } from "../../src/taskpane/StatusArea";
import { renderPane } from "../support/render-pane";

/** A message that tells its reader to type a command: the command's name or one of its options. */
const TERMINAL = /bank-assess|--[a-z]/;
/** Messages about the command line itself, or the pane's note that Excel is too old to run it at all. */
const NOT_PANE = (key: string) => key.startsWith("cli.") || key === "ui.error.excelTooOld";

/** Every source file the pane runs (all of src but the command line and the catalogues), as one text. */
function paneSources(dir = path.join(__dirname, "../../src")): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return ["cli", "i18n"].includes(entry.name) ? "" : paneSources(full);
      return /\.tsx?$/.test(entry.name) ? readFileSync(full, "utf8") : "";
    })
    .join("\n");
}
const sources = paneSources();
/** A message the pane can show: its key is named in a source the pane runs (the command line's are not). */
const reachable = (key: string) => sources.includes(`"${key}"`);

describe("the pane never tells its user to open a terminal", () => {
  it.each([
    ["zh-CN", zhCN],
    ["en-US", enUS],
  ] as const)(
    "%s: every message naming a command or an option has the pane's own wording",
    (_, catalogue) => {
      const terminal = Object.entries(catalogue)
        .filter(([key, text]) => !NOT_PANE(key) && reachable(key) && TERMINAL.test(text))
        .map(([key]) => key);
      expect(terminal.filter((key) => !(key in PANE_WORDING))).toEqual([]);
      expect(terminal).toEqual(expect.arrayContaining(["duties.missingSheet"])); // the check itself
      for (const wording of Object.values(PANE_WORDING))
        expect(catalogue[wording as keyof typeof catalogue]).not.toMatch(TERMINAL);
    }
  );

  it("words a job's issue for the pane, with the place first", () => {
    const issue = {
      key: "duties.missingSheet" as MessageKey,
      severity: "error" as const,
      params: { file: "ops-2025.scores.xlsx", sheet: "岗位说明书" },
    };
    const text = issueText(issue, "zh-CN");
    expect(text).toContain("「生成岗责工作簿」");
    expect(text).not.toMatch(TERMINAL);
    expect(issueText(issue, "en-US")).toContain('"Generate the duties workbook"');
  });

  it("keeps an option a message still quotes on one line (never - / -new in a narrow pane)", () => {
    renderPane(
      <StatusArea
        status={{
          kind: "error",
          key: "ui.error.generic",
          params: { reason: "请用 --template 指定" },
          details: ["bank-assess duties --new --out 岗责.xlsx"],
        }}
      />
    );
    const whole = Array.from(document.querySelectorAll("span")).filter(
      (span) => span.style.whiteSpace === "nowrap"
    );
    expect(whole.map((span) => span.textContent)).toEqual([
      "--template",
      "bank-assess",
      "--new",
      "--out",
    ]);
    expect(screen.getByRole("alert").textContent).toContain(
      "bank-assess duties --new --out 岗责.xlsx"
    );
  });
});
