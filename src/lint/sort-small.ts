// Sorting the handful of items a text or template has, without the allocation of the built-in sort.

/** Up to this many items, insertion sort beats the built-in sort's set-up. */
const SMALL = 24;

/**
 * Array.prototype.sort, in place, for the few items a text has: the same order (both are stable), without the
 * work array V8's sort allocates on every call.
 */
export function sortStable<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  // Insertion sort is quadratic: a long text's many findings go to the built-in sort.
  if (items.length > SMALL) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
