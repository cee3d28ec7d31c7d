/**
 * Which containers are closed, decided the same way on both processors.
 *
 * Why: a fence line may close more than one open container, and the parsers
 * disagree on which. micromark gives it to the outermost open container whose
 * opening fence is no longer than the line (`::::` closes `::::summary`, not
 * the `:::quote` inside it, which stays unclosed); Sätteri gives it to the
 * innermost. Each parser ends a container's source with the fence it gave
 * it, so replaying the fences in document order with micromark's rule tells
 * the containers the author really closed, whichever parser built the tree.
 */

import type { Nodes } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { containerFences, quoteDepthAt } from './restore.js';

interface Open {
  node: ContainerDirective;
  /** Colons of its opening fence. */
  size: number;
  closed: boolean;
}

export class ContainerFences {
  readonly #source: string | undefined;
  readonly #open: Open[] = [];
  readonly #closed = new Set<Nodes>();
  /** Offsets of fence lines already given to a container. */
  readonly #used = new Set<number>();

  constructor(source: string | undefined) {
    this.#source = source;
  }

  /** A container directive starts: call before walking its children. */
  enter(node: ContainerDirective): void {
    this.#open.push({ node, size: this.#fenceSize(node), closed: false });
  }

  /**
   * Colons of the opening fence, read in the document's source at the
   * container's offsets: its source is its whole body, nested containers
   * included, and slicing it (and looking for NUL in it) per container showed
   * in the profile.
   */
  #fenceSize(node: ContainerDirective): number {
    const source = this.#source;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (source === undefined || start === undefined || end === undefined) return 3;
    let at = start;
    while (at < end && (source.charCodeAt(at) === 32 || source.charCodeAt(at) === 9)) at++;
    let colons = 0;
    while (at + colons < end && source.charCodeAt(at + colons) === 58) colons++;
    return colons || 3;
  }

  /** The container ends: call after walking its children. */
  leave(node: ContainerDirective): void {
    const { close, at } = this.#closingFence(node);
    if (close !== undefined && at !== undefined && !this.#used.has(at)) {
      this.#used.add(at);
      const open = this.#open.filter((entry) => !entry.closed);
      const owner = open.find((entry) => entry.size <= close.length);
      if (owner) {
        owner.closed = true;
        this.#closed.add(owner.node);
        // Containers opened inside the one the line closes end unclosed.
        for (const entry of open.slice(open.indexOf(owner) + 1)) entry.closed = true;
      }
    }
    const top = this.#open.pop();
    if (top && top.node !== node) this.#open.push(top);
  }

  /**
   * The container's closing fence line, trimmed, and the offset where its
   * last line starts: what `containerFences` gives for the container's
   * source, read at its offsets without slicing the body (see {@link #fenceSize}).
   * A NUL in the source would be U+FFFD in a slice: one unit either way, and
   * neither is part of a fence.
   */
  #closingFence(node: ContainerDirective): { close: string | undefined; at: number | undefined } {
    const source = this.#source;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (source === undefined || start === undefined || end === undefined || end <= start) {
      return { close: undefined, at: undefined };
    }
    const lineFeed = source.lastIndexOf('\n', end - 1);
    if (lineFeed < start) return { close: undefined, at: undefined };
    // The last line starts after the last line break of either kind (a lone `\r` ends a line too),
    // looked for after the last line feed only: `lastIndexOf('\r')` would search the whole document.
    let lastBreak = end - 1;
    while (lastBreak > lineFeed && source.charCodeAt(lastBreak) !== 13) lastBreak--;
    const close = containerFences(source.slice(lineFeed, end), quoteDepthAt(source, start)).close;
    return { close, at: lastBreak + 1 };
  }

  /** True once the author's fences closed it (known after its {@link leave}). */
  isClosed(node: Nodes): boolean {
    return this.#closed.has(node);
  }
}
