/** What every part of the bench is: bench/run.ts runs the ones asked for and decides their budgets. */

export interface PartContext {
  /** `--smoke`: a few articles and one round, so the bench cannot rot (CI). */
  smoke: boolean;
  /** Rounds of ours against its control (`--rounds=N`; the quiet run uses at least 5). */
  rounds: number;
  /** The bench folder (absolute). */
  here: string;
  /** `--name=value` options of the command line. */
  option(name: string, fallback: string): string;
  flag(name: string): boolean;
}

export interface PartResult {
  /** Per budget id: one value per round. */
  measured: Record<string, number[]>;
  /** The part's own figures, for results.json and the docs. */
  data: unknown;
  /** Lines printed after the part (controls, notes). */
  notes?: string[];
}

export interface Part {
  id: string;
  /** One line: what is measured. */
  what: string;
  /** Only with `--only=<id>` (hours at full size). */
  onlyWhenAsked?: boolean;
  /** Not in the smoke run (needs a browser, a server …). */
  skipInSmoke?: boolean;
  run(context: PartContext): Promise<PartResult>;
}
