import type { MessageKey, MessageParams } from "../../core/i18n/messages";
import type { ScoreRecord } from "../../core/assess/score-record";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Issue } from "../shared/issue";

/** What `collect` returns: each file's state, each branch's, the rows taken. The sheets are written from it. */
export type FileState =
  "accepted" | "partial" | "wrongTemplate" | "unreadable" | "duplicate" | "refused";
export type FileStatus = {
  file: string;
  state: FileState;
  branch: string | null;
  rows: number;
  accepted: number;
  errorRows: number;
  hash: string | null;
  note: { key: MessageKey; params: MessageParams };
  issues: Issue[];
};
export type BranchState = "accepted" | "attention" | "missing" | "notOnRoster";
export type BranchStatus = { branch: string; state: BranchState; files: string[] };
export type CollectedRow = { record: ScoreRecord; file: string };

export type CollectResult = {
  template: LoadedTemplate | null;
  /** Set when no template was given and the one most submissions use was taken. */
  templateNote: Issue | null;
  files: FileStatus[];
  branches: BranchStatus[];
  rows: CollectedRow[];
  crossBranch: Issue[];
  cancelled: boolean;
};
