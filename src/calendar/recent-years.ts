/** How many years of answers a per-year cache keeps for one key: look-ups may ask for any year. */
export const KEPT_YEARS = 8;

/**
 * The answer for `owner`'s `year`, computed once and kept with the `KEPT_YEARS` most recently used
 * years of that owner (a calendar, an observance).
 */
export function perYear<K extends object, V>(
  caches: WeakMap<K, Map<number, V>>,
  owner: K,
  year: number,
  compute: () => V,
): V {
  let years = caches.get(owner);
  if (!years) caches.set(owner, (years = new Map()));
  let value = years.get(year);
  if (value !== undefined) years.delete(year);
  else {
    value = compute();
    if (years.size >= KEPT_YEARS) years.delete(years.keys().next().value!);
  }
  years.set(year, value);
  return value;
}
