/**
 * The entries whose key already came earlier in the list, or is among `taken`, with their index: every
 * repeat, never the first, so a finding points at the entry to remove.
 */
export function repeated<T, K>(
  items: readonly T[],
  key: (item: T) => K,
  taken: Iterable<K> = [],
): { item: T; index: number }[] {
  const seen = new Set<K>(taken);
  return items.flatMap((item, index) => {
    const k = key(item);
    if (seen.has(k)) return [{ item, index }];
    seen.add(k);
    return [];
  });
}
