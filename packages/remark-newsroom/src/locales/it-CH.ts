import { it } from './it.js';
import type { LocaleDefinition } from './types.js';

/** Swiss Italian: as Italian (the Ticino press sets «…», inner “…”). */
export const itCH: LocaleDefinition = {
  // Ticino writes the time of day with a point: 09.15.
  labels: { ...it.labels, updateTime: '{HH}.{mm}' },
  typography: { ...it.typography },
};
