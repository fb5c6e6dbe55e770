import path from "node:path";
import { atPlace, formatMessage, type Locale } from "../../core/i18n/messages";
import type { Reviews } from "../../core/reviews/reviews-schema";
import type { LoadedTemplate } from "../../core/template/parse-template";
import { SCORE_SHEET } from "../../jobs/assessment/score-sheet";
import { issueText } from "../../jobs/shared/issue";
import { peopleFromGrid } from "../../jobs/reviews/review-form";
import { scorePeople } from "../../jobs/reviews/review-scores";
import { reasonText, REVIEW_STATUS_SHEET } from "../../jobs/reviews/review-sheets";
import {
  collectReviews,
  reviewFormJob,
  writeReviews,
  type ReviewsCollected,
} from "../../jobs/reviews/reviews-job";
import type { WorkbookSnapshot } from "../../workbook/port";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsx-workbook";
import type { CliError, ParsedArgs } from "../args";
import type { Command } from "../command";
import { scoresAndTemplate as openScoresAndTemplate } from "../scores-and-template";
import {
  checkOutput,
  refusedOutput,
  openTemplate,
  openWorkbook,
  osUser,
  saveWorkbook,
} from "../files";
import { EXIT, printIssues, printJson, sayTo, type Io, type Outcome } from "../io";
import { outputClash, submissionsOf } from "./collect";

/** A form's errors listed under it on stderr; the rest are counted (评价表情况 names them). */
const ERRORS_LISTED = 10;

/** The template's reviews block, or the refusal that says the template has none. */
const reviewsOf = (
  loaded: LoadedTemplate,
  file: string
): { reviews: Reviews } | { error: CliError } =>
  loaded.template.reviews
    ? { reviews: loaded.template.reviews as Reviews }
    : { error: { key: "cli.reviews.noReviews" as const, params: { file } } };

/** `reviews --new`: the form workbook (评价表), pre-filled from a roster or a score workbook. */
async function runNew(args: ParsedArgs, io: Io): Promise<Outcome> {
  if (!args.template) return { error: { key: "cli.reviews.needTemplate", params: {} } };
  if (!args.out) return { error: { key: "cli.reviews.missingOut.new", params: {} } };
  const refused = refusedOutput(args.out, [args.template, args.roster]);
  if (refused) return { error: refused };
  const template = await openTemplate(args.template, args.lang);
  if (!template.ok) return { error: template.error };
  const block = reviewsOf(template.value, args.template);
  if ("error" in block) return { error: block.error };
  let people: ReturnType<typeof peopleFromGrid> = [];
  if (args.roster) {
    const book = await openWorkbook(args.roster);
    if (!book.ok) return { error: book.error };
    const { sheets } = await book.value.read([]);
    const name = sheets.some((s) => s.name === SCORE_SHEET) ? SCORE_SHEET : sheets[0]?.name;
    people = name ? peopleFromGrid((await book.value.read([name])).grids.get(name)) : [];
    if (people.length === 0)
      return { error: { key: "cli.reviews.rosterEmpty", params: { file: args.roster } } };
  }
  const output = XlsxWorkbook.empty();
  await reviewFormJob(output, {
    template: template.value,
    people,
    rows: args.rows,
    locale: args.lang,
  });
  const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
  if (!saved.ok) return { error: saved.error };
  if (args.json) printJson(io, { output: saved.value, people: people.length });
  sayTo(io, args.lang)("cli.reviews.formWritten", { file: saved.value, people: people.length });
  return { code: EXIT.ok };
}

/** The score workbook and the template to aggregate with (the one given, else the workbook's own). */
async function scoresAndTemplate(
  args: ParsedArgs & { scores: string }
): Promise<Outcome | { snapshot: WorkbookSnapshot; template: LoadedTemplate; reviews: Reviews }> {
  const opened = await openScoresAndTemplate(args, "cli.reviews.needTemplate");
  if ("error" in opened) return opened;
  const block = reviewsOf(opened.template, args.template ?? args.scores);
  if ("error" in block) return { error: block.error };
  return { ...opened, reviews: block.reviews };
}

/** `reviews <forms…|folder> --scores 评分表.xlsx --out 评价汇总.xlsx`: reviews.md §3 and §4. */
async function runAggregate(args: ParsedArgs, io: Io): Promise<Outcome> {
  if (args.files.length === 0) return { error: { key: "cli.reviews.missingForms", params: {} } };
  if (!args.scores) return { error: { key: "cli.reviews.missingScores", params: {} } };
  if (!args.out) return { error: { key: "cli.reviews.missingOut.aggregate", params: {} } };
  const badOut = checkOutput(args.out, [".xlsx"]);
  if (badOut) return { error: badOut };
  const opened = await scoresAndTemplate({ ...args, scores: args.scores });
  if ("error" in opened || "code" in opened) return opened;
  const { snapshot, template, reviews } = opened;
  const people = scorePeople(snapshot, template);
  if (!people || people.length === 0)
    return { error: { key: "cli.reviews.noScoreSheet", params: { file: args.scores } } };
  const listed = await submissionsOf(args.files, args.lang);
  if ("key" in listed) return { error: listed };
  const inputs = [...listed.files, args.scores, args.template].filter((f): f is string =>
    Boolean(f)
  );
  if (outputClash(args.out, inputs, listed.folders))
    return { error: { key: "cli.outIsInput", params: { file: args.out } } };
  const collected = await collectReviews(listed.submissions, {
    reviews,
    precision: template.template.precision,
    people: people.map((p) => p.id),
    open: (bytes) => XlsxWorkbook.fromBuffer(bytes),
    onProgress: (done, total) => {
      if (io.progress) io.err(`\r${formatMessage(args.lang, "collect.progress", { done, total })}`);
    },
  });
  if (io.progress) io.err("\n");
  report(collected, args.lang, io);
  if (collected.forms.every((f) => f.state === "refused" || f.state === "duplicate")) {
    sayTo(io, args.lang)("cli.reviews.nothingRead");
    return { code: EXIT.cannotRun };
  }
  const output = XlsxWorkbook.empty();
  const written = await writeReviews(output, collected, {
    template,
    scores: snapshot,
    source: path.basename(args.scores),
    overwrite: args.overwrite,
    locale: args.lang,
    who: osUser(),
  });
  printIssues(io, written.issues, args.lang);
  const saved = await saveWorkbook(output, args.out, { err: io.err, lang: args.lang });
  if (!saved.ok) return { error: saved.error };
  const say = sayTo(io, args.lang);
  say("cli.reviews.written", { file: saved.value, filled: written.filled });
  say("cli.reviews.seeStatus", { sheet: REVIEW_STATUS_SHEET });
  if (args.json)
    printJson(io, {
      people: written.people.map((p) => ({
        id: p.id,
        items: p.review.items,
        targets: p.review.targets,
        raters: p.review.raters,
        selfGap: p.review.selfGap,
        reasons: p.review.reasons.map((reason) =>
          reasonText(reason, reviews, {
            locale: args.lang,
            say: (key, params) => formatMessage(args.lang, key, params),
          })
        ),
      })),
      forms: collected.forms.map((f) => ({ file: f.file, rater: f.rater, state: f.state })),
    });
  // Whose post has a target the reviews left blank (no forms, too few peers, an item missing): said, not
  // only counted in the exit code.
  const unfilled = written.people
    .filter((p) => p.needs.some((target) => p.review.targets[target] === null))
    .map((p) => p.id);
  if (unfilled.length > 0 && !args.json)
    say("cli.reviews.unfilled", { count: unfilled.length, ids: unfilled.slice(0, 10) });
  const attention =
    collected.forms.some((f) => f.state !== "accepted") ||
    written.issues.some((issue) => issue.key === "reviews.keptValue") ||
    unfilled.length > 0;
  return { code: attention ? EXIT.attention : EXIT.ok };
}

/** Each form on a line (✓ 张三.xlsx（评价人 E001）：已接收 12 行), its first errors under it. */
function report(collected: ReviewsCollected, lang: Locale, io: Io): void {
  for (const f of collected.forms) {
    const place = f.rater
      ? formatMessage(lang, "cli.reviews.formPlace", { file: f.file, rater: f.rater })
      : f.file;
    io.err(
      `${f.state === "accepted" ? "✓" : "✗"} ${atPlace(place, formatMessage(lang, f.note.key, f.note.params), lang)}\n`
    );
    const listed = f.issues.filter(
      (i) => i.key !== f.note.key && (i.severity === "error" || f.state !== "refused")
    );
    for (const issue of listed.slice(0, ERRORS_LISTED)) io.err(`  - ${issueText(issue, lang)}\n`);
    if (listed.length > ERRORS_LISTED)
      io.err(
        `  - ${formatMessage(lang, "cli.reviews.moreErrors", { count: listed.length - ERRORS_LISTED })}\n`
      );
  }
}

async function run(args: ParsedArgs, io: Io): Promise<Outcome> {
  return args.new ? runNew(args, io) : runAggregate(args, io);
}

export const reviewsCommand: Command = { name: "reviews", help: "cli.help.reviews", run };
