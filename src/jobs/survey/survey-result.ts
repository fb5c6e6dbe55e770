import type { SurveyMeasure, SurveyObject } from "../../core/survey/survey-measure";
import type { Issue } from "../shared/issue";
import type { SurveyBy } from "./survey-read";

/** What measuring an export gives (reviews.md §5): each object's value, the problems, the export's hash. */
export type SurveyCollected = {
  by: SurveyBy;
  scale: number;
  measure: SurveyMeasure;
  objects: SurveyObject[];
  /** Answers out of range or not numbers, objects the score sheet lacks (errors); too few answers (warnings). */
  issues: Issue[];
  /** Responses read (rows with an object). */
  responses: number;
  /** SHA-256 of the export file's bytes: the 审计日志's input hash. */
  inputHash: string;
};
