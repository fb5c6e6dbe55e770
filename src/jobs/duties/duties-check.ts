import type { ChangeState } from "../../core/duties/description-checks";
import type { Finding } from "../../core/duties/duties";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Issue } from "../shared/issue";

/** What a duties check found, before anything is written: the report sheet is laid out from it. */
export type ChangeRow = {
  id: string;
  row: number;
  cell: string;
  subject?: string;
  type?: string;
  occurred?: number;
  posts: string[];
  due: number;
  state: ChangeState;
  /** Pending and due within the next five working days of the check date. */
  soon: boolean;
};

export type DutiesCheck = {
  template: LoadedTemplate | null;
  asOf: number;
  counts: { posts: number; processes: number; changes: number };
  findings: Finding[];
  /** Cells that cannot be read (a date that is not one, an unknown change type): errors with their cell. */
  unreadable: Issue[];
  changes: ChangeRow[];
};
