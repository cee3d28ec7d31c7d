/**
 * What a front end knows about one directive, in a processor-neutral shape:
 * below the options (their `transformBlock` receives it) and the engine.
 */

/** Which directive form an author used: `:x`, `::x` or `:::x`. */
export type DirectiveKind = 'text' | 'leaf' | 'container';

export interface Point {
  line: number;
  column: number;
  offset?: number | undefined;
}

export interface Position {
  start: Point;
  end: Point;
}

/** Everything a front end knows about one directive, in a processor-neutral shape. */
export interface BlockInput {
  kind: DirectiveKind;
  name: string;
  attributes: Record<string, string>;
  /** The `[label]` as author content, if one was written. */
  label?: unknown[] | undefined;
  /** Plain text of the label ('' when none). */
  labelText: string;
  /** The body of a container, without its label. */
  children: unknown[];
  /** Plain text of each body block (each list item counts as one). */
  blockTexts: string[];
  position?: Position | undefined;
  /** The exact source text of the directive, when the front end has it. */
  source?: string | undefined;
  /** A container: whether the author's fence closed it (known where the source is). */
  closed?: boolean | undefined;
}
