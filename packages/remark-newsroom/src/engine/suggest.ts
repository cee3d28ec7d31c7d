import { nearName } from '../near-name.js';
import type { BlockRegistry } from './block.js';

/** The block a directive name was probably meant to be (see `nearName`). */
export function suggestBlock(name: string, registry: BlockRegistry): string | undefined {
  return nearName(name, Object.keys(registry));
}
