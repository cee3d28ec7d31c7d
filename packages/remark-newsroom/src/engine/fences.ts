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
import { containerFences } from './restore.js';
import { sliceSource } from './tree.js';

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
    const source = sliceSource(node, this.#source);
    const size = /^[ \t]*(:+)/.exec(source ?? '')?.[1]?.length ?? 3;
    this.#open.push({ node, size, closed: false });
  }

  /** The container ends: call after walking its children. */
  leave(node: ContainerDirective): void {
    const source = sliceSource(node, this.#source);
    const end = node.position?.end.offset;
    const close = source === undefined ? undefined : containerFences(source).close;
    // The text after the last line break (a search for /[^\r\n]*$/ retries from every offset: quadratic in a long line).
    const lastLine = source?.slice(Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r')) + 1) ?? '';
    const at = end === undefined ? undefined : end - lastLine.length;
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

  /** True once the author's fences closed it (known after its {@link leave}). */
  isClosed(node: Nodes): boolean {
    return this.#closed.has(node);
  }
}
