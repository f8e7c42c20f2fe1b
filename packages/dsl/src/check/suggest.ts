/** "Did you mean …?" for misspelt names: the closest candidates by edit distance. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  const best = closestNames(name, candidates);
  if (best.length === 0) return undefined;
  return `Mente du ${best.slice(0, 3).map((b) => `«${b}»`).join(' eller ')}?`;
}

/** The candidates nearest to `name` by edit distance, at most a third of its length away (and at least 1). */
export function closestNames(name: string, candidates: Iterable<string>): string[] {
  if (name.length > 64) return [];
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string[] = [];
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = [candidate];
      bestDistance = d;
    } else if (d === bestDistance && !best.includes(candidate)) {
      best.push(candidate);
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}
