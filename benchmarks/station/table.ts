// The bench's one output: a small table of ratios, each next to its goal. It reports; it never gates.
export interface Row {
  measure: string;
  station: string;
  baseline: string;
  ratio: number;
  goal: number;
  note: string;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function printTable(rows: Row[]): void {
  const cells = rows.map((r) => [
    r.measure,
    r.station,
    r.baseline,
    r.ratio.toFixed(2),
    `≤ ${r.goal.toFixed(2)}`,
    r.ratio <= r.goal ? 'meets' : 'MISSES',
  ]);
  const head = ['measure', 'station', 'against', 'ratio', 'goal', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]): string =>
    c
      .map((v, i) => v.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  console.log('');
  for (const r of rows) console.log(`${r.measure}: ${r.note}`);
}
