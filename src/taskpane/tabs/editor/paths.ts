import type { Path } from "./scoring-fields";

/** Whether a problem's path lies within a part of the draft (a post, an indicator, a field). */
export const startsWith = (path: Path, prefix: Path) => prefix.every((step, k) => path[k] === step);
