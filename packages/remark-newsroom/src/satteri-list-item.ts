/**
 * What a replacement becomes where it stands directly in a list item.
 *
 * Sätteri unwraps every `paragraph` at the top of a tight list item, `hName`
 * or not, where mdast-util-to-hast unwraps only a `<p>`: a block's element
 * (`<figure data-nr="quote">`, …) is handed over as a node type Sätteri does
 * not know, with the same `hName`, which becomes the same element and is
 * kept, as on unified.
 *
 * Sätteri also puts nothing between two paragraphs it unwraps (a tight item
 * never holds two in a row as parsed), where unified puts a line break. A
 * replacement can bring them next to each other (a restored container's
 * lines, a restored leaf directive after the item's text): `- Eins` /
 * `::fremd` read "Eins::fremd". Such a paragraph starts with the line break
 * in its own text instead.
 */
import type { List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import type { ListPlace } from './satteri-mirror.js';

/** A paragraph a tight list item unwraps, on both processors: it renders as `<p>`. */
function unwrapped(node: Nodes | undefined): node is Paragraph {
  const hName = node?.data?.hName;
  return node?.type === 'paragraph' && (hName === undefined || hName === 'p');
}

/** mdast-util-to-hast's rule: a list is loose when it or any of its items is spread. */
function isLoose(list: List): boolean {
  if (list.spread) return true;
  for (const item of list.children) {
    if (item.spread ?? item.children.length > 1) return true;
  }
  return false;
}

function keptElement(node: RootContent): RootContent {
  const hName = node.data?.hName;
  if (node.type !== 'paragraph' || hName === undefined || hName === 'p') return node;
  return { ...node, type: 'newsroomElement' } as unknown as RootContent;
}

function withLineBreakFirst(node: Paragraph): Paragraph {
  return { ...node, children: [{ type: 'text', value: '\n' }, ...node.children] };
}

/** What replaces a node in a list item, as it is handed over. */
export type InListItem = (
  top: RootContent[],
  node: Nodes,
  place: ListPlace,
  shown: (sibling: RootContent) => readonly RootContent[],
  isReplaced: (sibling: RootContent) => boolean,
) => RootContent[];

/**
 * The rules for one document's replacements: each list's looseness and each
 * item's positions are worked out once, so a list of many replaced items (or
 * an item of many replaced lines) costs its length, not its square.
 *
 * `top`: what replaces `node`; `shown(sibling)`: what a sibling in the same
 * item finally shows (its replacement, or itself); `isReplaced(sibling)`.
 */
export function listItemRules(): InListItem {
  const loose = new Map<List, boolean>();
  const positions = new Map<ListItem, Map<Nodes, number>>();
  const indexIn = (item: ListItem, node: Nodes): number => {
    let at = positions.get(item);
    if (!at) {
      at = new Map(item.children.map((child, index) => [child as Nodes, index]));
      positions.set(item, at);
    }
    return at.get(node) ?? -1;
  };
  return (top, node, place, shown, isReplaced) => {
    const kept = top.map(keptElement);
    let isLooseList = loose.get(place.list);
    if (isLooseList === undefined) {
      isLooseList = isLoose(place.list);
      loose.set(place.list, isLooseList);
    }
    if (isLooseList) return kept;
    const siblings = place.item.children;
    const index = indexIn(place.item, node);
    // What the item shows last before this node (a sibling replaced by nothing shows nothing).
    let before: RootContent | undefined;
    for (let at = index - 1; at >= 0 && before === undefined; at--) {
      const nodes = shown(siblings[at] as RootContent);
      before = nodes[nodes.length - 1];
    }
    const out: RootContent[] = [];
    let last = before;
    for (const each of kept) {
      out.push(unwrapped(each) && unwrapped(last) ? withLineBreakFirst(each) : each);
      last = each;
    }
    // A paragraph of Sätteri's own after this one gets its break here (a replaced one takes its own).
    const next = index >= 0 ? siblings[index + 1] : undefined;
    if (next && !isReplaced(next) && unwrapped(next) && unwrapped(last)) {
      out.push({ type: 'paragraph', children: [{ type: 'text', value: '\n' }] });
    }
    return out;
  };
}
