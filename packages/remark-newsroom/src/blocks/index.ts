import type { BlockRegistry } from '../engine/block.js';
import { correction } from './correction.js';
import { credit } from './credit.js';
import { poll } from './poll.js';
import { quote } from './quote.js';
import { summary } from './summary.js';
import { topic } from './topic.js';
import { trust } from './trust.js';
import { update } from './update.js';

/** Every block, by directive name: the registry the front ends hand to the engine. */
export const blocks: BlockRegistry = {
  summary,
  quote,
  poll,
  trust,
  correction,
  credit,
  topic,
  update,
};

export { correction, credit, poll, quote, summary, topic, trust, update };
