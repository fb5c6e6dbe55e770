import {
  addItem,
  addTarget,
  removeItem,
  setItem,
  setRater,
  toggleTargetItem,
  type DraftReviews,
} from "../../src/taskpane/tabs/editor/reviews-draft";

const reviews: DraftReviews = {
  items: [
    { id: "a", name: "甲" },
    { id: "b", name: "乙" },
  ],
  raters: { superior: 50, peer: 40 },
  targets: { x: ["a", "b"], y: ["b"] },
};

describe("the reviews block as the editor changes it", () => {
  it("moves an item's new id into the targets only when it names one item before and after", () => {
    expect(setItem(reviews, 0, { id: "c" }).targets).toEqual({ x: ["c", "b"], y: ["b"] });
    // Renamed onto another item's id: the check names the clash; the targets are left as they were.
    expect(setItem(reviews, 0, { id: "b" }).targets).toEqual(reviews.targets);
    const twice = { ...reviews, items: [...reviews.items, { id: "a", name: "丙" }] };
    expect(setItem(twice, 0, { id: "c" }).targets).toEqual(reviews.targets);
  });

  it("adds an item with a free id, and takes a removed one out of every target", () => {
    expect(addItem({ ...reviews, items: [{ id: "item1", name: "" }] }).items[1].id).toBe("item2");
    expect(removeItem(reviews, 1)).toMatchObject({
      items: [{ id: "a" }],
      targets: { x: ["a"], y: [] },
    });
  });

  it("adds a target on the first free indicator, and keeps a target's items in the items' order", () => {
    expect(addTarget(reviews, ["x", "z"]).targets).toEqual({
      x: ["a", "b"],
      y: ["b"],
      z: ["a", "b"],
    });
    expect(addTarget(reviews, ["x", "y"])).toBe(reviews);
    expect(toggleTargetItem(reviews, "y", "a", true).targets.y).toEqual(["a", "b"]);
  });

  it("leaves a blank rater weight out of the template", () => {
    expect(setRater(reviews, "peer", undefined).raters).toEqual({ superior: 50 });
    expect(setRater(reviews, "self", "十").raters).toEqual({ superior: 50, peer: 40, self: "十" });
  });
});
