import type { TemplateDraft } from "../../template-source";
import type { DraftDimension, DraftIndicator, DraftPost } from "./scoring-fields";

/** The draft's posts, none if the draft has no list of them (the check reports that). */
export const postsOf = (draft: TemplateDraft): DraftPost[] =>
  Array.isArray(draft.posts) ? draft.posts : [];

const withPost = (draft: TemplateDraft, p: number, change: (post: DraftPost) => DraftPost) => ({
  ...draft,
  posts: postsOf(draft).map((post, k) => (k === p ? change(post) : post)),
});

/** The draft with one indicator's fields changed. */
export const withIndicator = (
  draft: TemplateDraft,
  p: number,
  i: number,
  change: Partial<DraftIndicator>
) =>
  withPost(draft, p, (post) => ({
    ...post,
    indicators: post.indicators.map((ind, k) => {
      if (k !== i) return ind;
      const next = { ...ind, ...change };
      // A field cleared in the pane is absent from the template, as if HR had never written it.
      for (const key of Object.keys(change) as (keyof DraftIndicator)[])
        if (next[key] === undefined) delete next[key];
      return next;
    }),
  }));

/** The draft with one dimension's fields changed. */
export const withDimension = (
  draft: TemplateDraft,
  p: number,
  d: number,
  change: Partial<DraftDimension>
) =>
  withPost(draft, p, (post) => ({
    ...post,
    dimensions: post.dimensions?.map((dim, k) => (k === d ? { ...dim, ...change } : dim)),
  }));
