import type { Nodes } from 'mdast';

/**
 * Text and leaf directives the page shows as their source (not ours, or
 * refused): nothing inside them is on the page, so nothing inside them is
 * edited. Sätteri drops such edits with a warning; unified would edit nodes
 * no one sees. Ranges are added in document order and never overlap.
 */
export class ShownAsSource {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  add(node: Nodes): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || this.has(node)) return;
    this.#starts.push(start);
    this.#ends.push(end);
  }

  /** True when the node lies inside a range shown as source. */
  has(node: Nodes): boolean {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || this.#starts.length === 0) return false;
    // The last range that starts at or before the node.
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#starts[mid] as number) <= start) low = mid;
      else high = mid - 1;
    }
    return (this.#starts[low] as number) <= start && end <= (this.#ends[low] as number);
  }
}
