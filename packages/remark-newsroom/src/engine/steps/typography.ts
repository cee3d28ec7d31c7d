/**
 * Step 2, typography: each run is rewritten with the locale's quotes, dashes
 * and ellipses (`engine/typography.ts`). What blocks read afterwards is the
 * final text; the tree is told last (`write-text.ts`), and only about text
 * that stays on the page.
 */
import type { Text } from 'mdast';
import type { Locale } from '../../locales.js';
import type { ResolvedOptions } from '../../settings.js';
import { typographize } from '../typography.js';
import type { Run } from './collect.js';

/** Notes the final value of every text node typography (or the NUL rule) changes in `changed`. */
export function applyTypography(
  runs: readonly Run[],
  settings: ResolvedOptions,
  locale: Locale,
  changed: Map<Text, string>,
): void {
  for (const run of runs) {
    const values = settings.typography
      ? typographize(run.segments, locale, run.level)
      : run.segments.map((s) => s.value);
    let index = 0;
    run.segments.forEach((segment, at) => {
      if (segment.skip) return;
      const node = run.nodes[index++] as Text; // one text node per segment not skipped
      const value = values[at] as string;
      if (value !== node.value) changed.set(node, value);
    });
  }
}
