// One machine-readable line a bench prints beside its own words, so bench:station can gather every number
// of the speed issue's table from one run (it starts the other benches as child processes and reads these).
export const RESULT_PREFIX = '@bench-result ';

export interface BenchResult {
  /** Which row: replay, enqueue, sync, api-detail, api-list. */
  key: string;
  ratio: number;
  station: string;
  baseline: string;
  note?: string;
}

export function printResult(result: BenchResult): void {
  console.log(RESULT_PREFIX + JSON.stringify(result));
}

export function readResults(output: string): BenchResult[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith(RESULT_PREFIX))
    .map((line) => JSON.parse(line.slice(RESULT_PREFIX.length)) as BenchResult);
}
