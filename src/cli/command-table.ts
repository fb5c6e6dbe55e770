import type { Command } from "./command";
import { annualCommand } from "./commands/annual";
import { appealsCommand } from "./commands/appeals";
import { calibrateCommand } from "./commands/calibrate";
import { collectCommand } from "./commands/collect";
import { dutiesCommand } from "./commands/duties";
import { rankCommand } from "./commands/rank";
import { resultsCommand } from "./commands/results";
import { reviewsCommand } from "./commands/reviews";
import { surveyCommand } from "./commands/survey";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { verifyCommand } from "./commands/verify";
import { whatifCommand } from "./commands/whatif";

/** Every command of `bank-assess`, in the order the help lists them: the order of a year's work. */
export const COMMANDS: readonly Command[] = [
  templateCommand,
  validateCommand,
  rankCommand,
  collectCommand,
  reviewsCommand,
  surveyCommand,
  annualCommand,
  resultsCommand,
  calibrateCommand,
  whatifCommand,
  appealsCommand,
  verifyCommand,
  dutiesCommand,
];
