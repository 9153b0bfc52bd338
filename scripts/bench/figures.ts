// What every part of the bench shares: medians, number formats, targets and their status.

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
export const grouped = (value: number) => Math.round(value).toLocaleString('en-US');
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number) => `${grouped(value)} ms`;
export const seconds = (valueMs: number) => `${(valueMs / 1000).toFixed(2)} s`;
export const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

export function log(message: string): void {
  console.log(`[bench] ${message}`);
}

export interface TargetCheck {
  figure: string;
  value: number;
  unit: string;
  /** The figure must be at most (≤) or exactly (=) the target. */
  comparison: '<=' | '=';
  target: number;
  met: boolean;
  /** How far the figure is from the target, in its unit; 0 when met. */
  missBy: number;
}

export function check(
  figure: string,
  value: number,
  comparison: '<=' | '=',
  target: number,
  unit: string,
): TargetCheck {
  const missBy = comparison === '<=' ? Math.max(0, value - target) : Math.abs(value - target);
  return { figure, value, unit, comparison, target, met: missBy === 0, missBy };
}

/** "ok", or "MISS by …" in the figure's own format; empty when the figure has no target. */
export function status(result: TargetCheck | undefined, format: (value: number) => string): string {
  if (result === undefined) return '';
  return result.met ? 'ok' : `MISS by ${format(result.missBy)}`;
}

/** A plain-text table; the columns listed in rightAligned (numbers) are padded on the left. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[],
): string {
  const cells = [headers, ...rows];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        rightAligned.includes(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
