import { Fragment } from "react";

/** A command-line option (`--new`, `--template`) or the command's name, which a line must never split. */
const WHOLE = /(bank-assess|--[A-Za-z][\w-]*)/;

/**
 * Text of the pane with each command-line option kept on one line: a browser breaks `--new` after a hyphen
 * (`-` / `-new`) in a narrow pane. The pane's own wording names no option (pane-wording.ts); this keeps
 * any that a message still quotes whole.
 */
export function OptionText({ text }: { text: string }) {
  const parts = text.split(WHOLE);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} style={{ whiteSpace: "nowrap" }}>
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        )
      )}
    </>
  );
}
