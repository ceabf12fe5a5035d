const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

const AZERBAIJANI: Record<string, string> = {
  ə: "a",
  ç: "ch",
  ş: "sh",
  ğ: "gh",
  ı: "i",
  x: "kh",
  c: "j",
  q: "g",
};

/**
 * A phonetic key shared by the English, Azerbaijani and Russian spellings of a name, so that
 * "Kəlbəcər", "Kelbecer", "Kalbajar" and "Кяльбаджар" all become "kalbajar". The same folding runs
 * on the query and on the names, so it only has to be consistent, not linguistically exact.
 */
export function phoneticKey(text: string): string {
  let s = text.toLowerCase().replace(/[əçşğıxcq]/g, (ch) => AZERBAIJANI[ch]!);
  s = s.normalize("NFD").replace(/\p{M}/gu, "");
  s = s.replace(/[а-яё]/g, (ch) => CYRILLIC[ch]!);
  s = s
    // People typing without Azerbaijani letters write ş as s and ç as c ("Susa", "Lacin").
    .replace(/dzh|zh|dj|ch/g, "j")
    .replace(/sh/g, "s")
    .replace(/kh/g, "h")
    .replace(/gh/g, "g")
    .replace(/ph/g, "f")
    .replace(/([bcdfghjklmnpqrstvwxz])y(?=[aeiou])/g, "$1")
    .replace(/y/g, "i")
    .replace(/e/g, "a")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/([a-z])\1+/g, "$1");
  return s.trim();
}

/** Damerau–Levenshtein distance (with adjacent transpositions), cut off above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(row[j - 1]! + 1, rows[i - 1]![j]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
