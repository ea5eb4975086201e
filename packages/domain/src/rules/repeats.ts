/**
 * The entries whose key already came earlier in the list, or is among `taken`, with their index: every
 * repeat, never the first, so a finding points at the entry to remove. One pass, one set lookup per entry and
 * nothing allocated for an entry that is not a repeat: accounts can have tens of thousands of lines.
 */
export function repeated<T, K>(
  items: readonly T[],
  key: (item: T) => K,
  taken: Iterable<K> = [],
): { item: T; index: number }[] {
  const seen = new Set<K>(taken);
  const repeats: { item: T; index: number }[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as T;
    const size = seen.size;
    // Adding an entry already there leaves the size unchanged.
    if (seen.add(key(item)).size === size) repeats.push({ item, index });
  }
  return repeats;
}
