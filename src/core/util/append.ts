/** Appends every item: `push(...items)` passes each as an argument, and a long list overflows the stack. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
