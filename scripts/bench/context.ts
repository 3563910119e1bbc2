/** What every bench section receives. */
export interface BenchContext {
  /** Project root. */
  root: string;
  /** Built site (dist/). */
  dist: string;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
