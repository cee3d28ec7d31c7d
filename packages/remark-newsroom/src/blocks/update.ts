import { readAttributes } from '../engine/attributes.js';
import { type BlockDefinition, slot } from '../engine/block.js';
import { formatDate } from '../engine/dates.js';
import { element } from '../engine/element.js';
import type { BlockContent, BlockInput, DocumentContext } from '../engine/types.js';
import {
  minuteOf,
  pad,
  parseUpdateTime,
  recordOf,
  type UpdateTime,
  uniqueId,
  updateId,
} from '../engine/update-times.js';
import type { Labels } from '../locales.js';

/**
 * One update of a running story ("Die Lage", a live page):
 * `:::update[Titel]{time="2024-06-19T09:15+02:00"}` … `:::`. An `<article>`
 * with its time line and a stable anchor derived from the time. Updates that
 * stand next to each other render newest first (the document pass orders
 * them); the record lists every dated update, newest first.
 */
export const update: BlockDefinition = {
  name: 'update',
  kinds: ['container'],
  description: 'One timestamped update of a running story; rendered newest first.',
  newestFirst: true,
  attributes: {
    time: {
      required: true,
      description:
        'When the update was published: ISO 8601 date and time with its offset, `2024-06-19T09:15+02:00` (or `Z`).',
    },
  },
  render(input, doc) {
    const { time: written } = readAttributes(input, update.attributes, doc);
    const time = written === undefined ? undefined : parseUpdateTime(written);
    if (written !== undefined && !time) {
      doc.report({
        ruleId: 'invalid-time',
        message: `update has an invalid \`time\` ${JSON.stringify(written)}: use an ISO 8601 date and time with its offset, such as 2024-06-19T09:15+02:00`,
        position: input.position,
      });
    }
    const state = stateOf(doc);
    let id: string;
    if (time && written !== undefined) {
      id = uniqueId(state.ids, updateId(time));
      checkTime(time, input, doc, state.minutes);
      doc.record.updates.push(recordOf(input, written, id));
    } else {
      // Undated: still an anchor, from the content, so the text stays linkable.
      id = doc.nextId('update', input.labelText + input.blockTexts.join(''));
    }

    const head: BlockContent[] = [];
    if (time && written !== undefined) {
      const dated = spansDays(doc, state);
      head.push(
        element('p', { className: ['nr-update__time'], id: `${id}-time` }, timeLine(time, written, doc, dated)),
      );
    }
    const title = input.label?.length ? slot(input.label) : undefined;
    if (title) {
      head.push(
        element('p', { className: ['nr-update__title'], id: `${id}-title`, role: 'heading', ariaLevel: 2 }, [title]),
      );
    }
    const labelledBy = title ? `${id}-title` : time ? `${id}-time` : undefined;
    return [
      element(
        'article',
        {
          dataNr: 'update',
          className: ['nr-update'],
          id,
          ariaLabelledBy: labelledBy === undefined ? undefined : [labelledBy],
        },
        [...(head.length ? [element('header', { className: ['nr-update__head'] }, head)] : []), slot(input.children)],
      ),
    ];
  },
};

/**
 * The time of day in the zone the author wrote, from the parsed parts rather
 * than through `Intl` and a `Date`: a `Date` has no zone of its own, so `Intl`
 * would need the offset turned into a zone name (`Etc/GMT-2`, whole hours
 * only; offset zones such as `+05:30` need a recent ICU), and the result would
 * follow the ICU data of the machine. The parts as written are the wall clock
 * the newsroom meant, on every machine.
 */
export function formatUpdateTime(time: UpdateTime, labels: Labels): string {
  // One string per labels and minute of the day: the template is filled once, not per block.
  let clocks = formattedClocks.get(labels);
  if (!clocks) {
    clocks = new Map();
    formattedClocks.set(labels, clocks);
  }
  const key = time.hour * 60 + time.minute;
  let clock = clocks.get(key);
  if (clock === undefined) {
    clock = fillClock(time, labels);
    clocks.set(key, clock);
  }
  return clock;
}

const formattedClocks = new WeakMap<Labels, Map<number, string>>();

function fillClock(time: UpdateTime, labels: Labels): string {
  const h12 = time.hour % 12 === 0 ? 12 : time.hour % 12;
  const values: Record<string, string> = {
    HH: pad(time.hour),
    h: String(h12),
    mm: pad(time.minute),
    ampm: time.hour < 12 ? labels.updateAm : labels.updatePm,
  };
  return labels.updateTime.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole).trim();
}

/**
 * `09:15 Uhr`, or with the date on a page whose updates span several days:
 * `19. Juni 2024 um 09:15 Uhr`.
 */
export function formatUpdateLabelTime(time: UpdateTime, labels: Labels, locale: string, dated: boolean): string {
  const clock = formatUpdateTime(time, labels);
  if (!dated) return clock;
  const values: Record<string, string> = { date: formatDate(time.date, locale), time: clock };
  return labels.updateDateTime.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** `Aktualisiert um <time datetime="…">09:15 Uhr</time>`. */
function timeLine(time: UpdateTime, written: string, doc: DocumentContext, dated: boolean): BlockContent[] {
  const template = dated ? doc.labels.updateLabelDated : doc.labels.updateLabel;
  const [before = '', after = ''] = template.split('{time}');
  const out: BlockContent[] = [];
  if (before) out.push({ type: 'text', value: before });
  out.push(element('time', { dateTime: written.trim() }, [formatUpdateLabelTime(time, doc.labels, doc.locale, dated)]));
  if (after) out.push({ type: 'text', value: after });
  return out;
}

/** The page's updates fall on more than one day (as written): labels then say the date. */
export function spansDays(doc: DocumentContext, state: { dated?: boolean } = {}): boolean {
  state.dated ??= new Set(doc.updates.map((entry) => entry.time.slice(0, 10))).size > 1;
  return state.dated;
}

/** Per document: the anchors given out, and the minute of each update (with its line). */
interface UpdateState {
  ids: Map<string, number>;
  minutes: Map<number, number | undefined>;
  dated?: boolean;
}
const states = new WeakMap<DocumentContext, UpdateState>();

function stateOf(doc: DocumentContext): UpdateState {
  let state = states.get(doc);
  if (!state) {
    state = { ids: new Map(), minutes: new Map() };
    states.set(doc, state);
  }
  return state;
}

function checkTime(
  time: UpdateTime,
  input: BlockInput,
  doc: DocumentContext,
  minutes: Map<number, number | undefined>,
): void {
  const minute = minuteOf(time);
  const line = input.position?.start.line;
  if (minutes.has(minute)) {
    const earlier = minutes.get(minute);
    doc.report({
      ruleId: 'duplicate-update-time',
      message: `update at ${formatUpdateTime(time, doc.labels)} has the same minute as the update${earlier ? ` on line ${earlier}` : ''}: give each update its own minute (they keep their source order)`,
      position: input.position,
    });
  } else {
    minutes.set(minute, line);
  }
  if (doc.published !== undefined && time.instant < doc.published) {
    doc.report({
      ruleId: 'update-before-published',
      message: `update at ${formatUpdateTime(time, doc.labels)} is earlier than the article's \`published\` date`,
      position: input.position,
    });
  }
}
