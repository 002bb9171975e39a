/** How far apart two typed words are: the look-ups' one measure of a typo (search, import, command line). */

/**
 * Edits (insert, delete, substitute, swap two neighbouring letters) from `a` to `b`, or `max + 1`
 * as soon as it must exceed `max`: most candidates are unrelated, and stopping early keeps
 * thousands of look-ups fast. A swap counts as one edit: "sekertaris" is one slip from "sekretaris".
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cur[j] = Math.min(cur[j], before[j - 2] + 1);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [before, prev] = [prev, cur];
  }
  return prev[b.length];
}
