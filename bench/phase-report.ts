// What a bench phase kept in its own file reports to bench/run.ts: rows of the printed table,
// progress lines, and raw figures for bench/results*.json.

export interface Row { figure: string; unit: string; value: number; baseline: number | null; ratio: number | null; target: string; met: boolean | null }

export interface PhaseReport {
  /** One row of the table; `ratio` defaults to value / baseline. */
  row(r: Omit<Row, 'ratio'> & { ratio?: number | null }): void;
  /** A progress line on stderr, timestamped. */
  log(line: string): void;
  /** Figures written to the results file under the phase's own keys. */
  raw: Record<string, unknown>;
  /** --quick: a shorter run, for trying the bench out. */
  quick: boolean;
}
