import { z } from "zod";

/** The four kinds of rater (reviews.md §1): 上级, 同事, 下级, 本人. */
export const RATER_TYPES = ["superior", "peer", "subordinate", "self"] as const;
export const raterTypeSchema = z.enum(RATER_TYPES);
export type RaterType = z.infer<typeof raterTypeSchema>;

/** What 评价关系 says on a form, by rater type. */
export const RATER_LABELS: Record<RaterType, string> = {
  superior: "上级",
  peer: "同事",
  subordinate: "下级",
  self: "本人",
};

const itemSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().min(1).max(100),
  })
  .strict();

/**
 * A template's `reviews` block (reviews.md §1): the items raters score 0–100, each rater type's relative
 * weight, trimming, the smallest anonymous group, the self-gap warning and the indicators the results fill.
 */
export const reviewsSchema = z
  .object({
    items: z.array(itemSchema).min(1).max(50),
    raters: z.record(raterTypeSchema, z.number().min(0).max(1000)),
    trimAt: z.number().int().min(3).max(1000).default(5),
    minPeers: z.number().int().min(1).max(1000).default(3),
    selfGapWarning: z.number().min(0).max(100).default(15),
    targets: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
  })
  .strict();

export type Reviews = z.infer<typeof reviewsSchema>;
