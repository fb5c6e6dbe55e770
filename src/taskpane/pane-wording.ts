import { describeIssue } from "../core/assess/issue-text";
import type { Locale, MessageKey } from "../core/i18n/messages";
import type { Issue } from "../jobs/shared/issue";

/**
 * The jobs' messages that tell a command-line user what to type (`bank-assess duties --new`, `--template`,
 * `--register`, `--sheet`), and what the pane says instead: what to do in the pane. The pane never tells its
 * user to open a terminal.
 */
export const PANE_WORDING: Partial<Record<MessageKey, MessageKey>> = {
  "duties.missingSheet": "ui.duties.missingSheet",
  "results.noScores": "ui.results.noScores",
  "appeals.noRegister": "ui.appeals.noRegister",
  "annual.noTemplate": "ui.annual.noTemplate",
  "sheet.noTemplate": "ui.sheet.noTemplate",
  "reviews.noFormSheet": "ui.reviews.noFormSheet",
  "reviews.keptValue": "ui.reviews.keptValue",
  "calibrate.noRanking": "ui.calibrate.noRanking",
  "calibrate.noScores": "ui.calibrate.noScores",
  "calibrate.unknownColumn": "ui.calibrate.unknownColumn",
  "whatif.noTemplate": "ui.whatif.noTemplate",
};

/** The message the pane shows for a key: its own wording where the job's is meant for the command line. */
export const paneKey = (key: MessageKey): MessageKey => PANE_WORDING[key] ?? key;

/** A job's issue as the pane says it: the place first, then what is wrong and what to do in the pane. */
export const issueText = (issue: Issue, locale: Locale): string =>
  describeIssue({ ...issue, key: paneKey(issue.key) }, locale);
