/**
 * The most arrays and objects a JSON file a user gives may nest in one another. A weight template nests 8
 * (posts, a post, its indicators, one, its scoring, its points, a point, in the template), holiday-cn's file 3:
 * deeper is not a file of ours, and whatever walks it by recursion (a schema, JSON.stringify, String) would
 * run out of stack.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * How deeply the arrays and objects of a JSON text nest (brackets inside strings aside), counted in one pass
 * and without recursion, so it can be asked before JSON.parse of a file nested a million levels deep. Text that
 * is not JSON gets a count all the same (JSON.parse then says where it is wrong).
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 34 /* " */) {
      for (at++; at < text.length; at++) {
        const inside = text.charCodeAt(at);
        if (inside === 92 /* \ */) at++;
        else if (inside === 34) break;
      }
    } else if (code === 91 /* [ */ || code === 123 /* { */) {
      if (++depth > deepest) deepest = depth;
    } else if (code === 93 /* ] */ || code === 125 /* } */) depth--;
  }
  return deepest;
}

/**
 * How deeply a value's arrays and objects nest, walked with a list of its own (no recursion): for a value
 * parsed elsewhere (a draft the pane read from a file). A value met again (shared or a cycle) is not walked
 * twice.
 */
export function valueDepth(value: unknown): number {
  let deepest = 0;
  const seen = new Set<object>();
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== "object" || item === null || seen.has(item)) continue;
    seen.add(item);
    if (depth > deepest) deepest = depth;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}
