/** A probe's command-line options: `--name=1,2,3` as numbers, with defaults. */
export function numbersArg(name: string, fallback: number[]): number[] {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  if (!given) return fallback;
  const values = given
    .slice(name.length + 3)
    .split(',')
    .map(Number);
  if (!values.length || values.some((value) => !Number.isFinite(value) || value <= 0)) {
    // One line for the person who typed it, no stack trace.
    console.error(`--${name} takes positive numbers separated by commas, got ${given}`);
    process.exit(2);
  }
  return values;
}

/** The bench's CPU clock, so a probe and a part time alike. */
export { cpuMs } from '../protocol.ts';
