import { Accordion } from "@fluentui/react-components";
import type { DraftProblem, TemplateDraft } from "../template-source";
import { PostEditor } from "./editor/PostEditor";
import { ReviewsEditor } from "./editor/ReviewsEditor";
import { CalibrationEditor } from "./editor/CalibrationEditor";
import { postsOf, withDimension, withIndicator } from "./editor/draft-updates";
import { startsWith } from "./editor/paths";

type Props = {
  draft: TemplateDraft;
  onChange: (draft: TemplateDraft) => void;
  /** The draft's problems with where they are, to show each beside its field. */
  problems?: DraftProblem[];
  disabled?: boolean;
};

/**
 * HR's weight template, post by post (one accordion item each, its sums in the header): the indicators as
 * cards, grouped by dimension where the post has dimensions, bonus items last. Every field is labelled in
 * HR's words, every sum and every broken rule shown as it changes. After the posts, the reviews block
 * (reviews.md §1) and the calibration settings (calibration.md §1), which a template may leave out.
 */
export function TemplateEditor({ draft, onChange, problems = [], disabled }: Props) {
  const posts = postsOf(draft);
  const fullScore =
    typeof draft.fullScore === "number" && draft.fullScore > 0 ? draft.fullScore : 100;

  return (
    <Accordion
      key={`${draft.id}@${draft.version}`}
      multiple
      collapsible
      defaultOpenItems={posts.length > 0 ? ["0"] : []}
    >
      {posts.map((post, p) => (
        <PostEditor
          key={`${post.id}-${p}`}
          post={post}
          p={p}
          fullScore={fullScore}
          problems={problems.filter((problem) => startsWith(problem.path, ["posts", p]))}
          onIndicator={(i, change) => onChange(withIndicator(draft, p, i, change))}
          onDimension={(d, change) => onChange(withDimension(draft, p, d, change))}
          disabled={disabled}
        />
      ))}
      <ReviewsEditor
        draft={draft}
        onChange={onChange}
        problems={problems.filter((problem) => startsWith(problem.path, ["reviews"]))}
        disabled={disabled}
      />
      <CalibrationEditor
        draft={draft}
        onChange={onChange}
        problems={problems.filter((problem) => startsWith(problem.path, ["calibration"]))}
        disabled={disabled}
      />
    </Accordion>
  );
}
