/**
 * XML read with saxes, a strict, non-validating parser that never loads
 * anything: external entities are not fetched and entities declared in a DTD
 * are not expanded (an undefined entity is an error). A document with a DTD
 * is refused before parsing, so neither XXE nor "billion laughs" can work,
 * and the error says why.
 */
import { SaxesParser } from 'saxes';
import { blockNames, flattenedWarning, maxNesting } from './nesting.js';

/** An element: its local name (prefix dropped), attributes and children. */
export interface XmlElement {
  name: string;
  /** The namespace URI ('' for none). */
  uri: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

export class XmlError extends Error {
  override name = 'XmlError';
}

export function parseXml(xml: string, warnings: string[] = []): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new XmlError(
      'XML with a DTD (<!DOCTYPE> or <!ENTITY>) is refused: its entities could read files or expand without end',
    );
  }
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#document', uri: '', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  // Elements below maxNesting are not made: their text goes to the deepest one kept.
  let unmade = 0;
  let flattened = 0;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    if (stack.length > maxNesting) {
      unmade++;
      flattened++;
      if (blockNames.has(tag.local)) stack.at(-1)?.children.push(' ');
      return;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns') attributes[attribute.local] = attribute.value;
    }
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, children: [] };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!unmade) stack.pop();
    else {
      unmade--;
      if (blockNames.has(tag.local)) stack.at(-1)?.children.push(' ');
    }
  });
  const text = (value: string) => stack.at(-1)?.children.push(value);
  parser.on('text', text);
  parser.on('cdata', text);
  parser.write(xml).close();
  if (failure) throw new XmlError(`not well-formed XML: ${failure.message.split('\n')[0]}`);
  if (flattened) warnings.push(flattenedWarning(flattened));
  const element = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!element) throw new XmlError('no XML element in the input');
  return element;
}

/** The first descendant (or the element itself) with one of the names, depth first. */
export function find(element: XmlElement, ...names: string[]): XmlElement | undefined {
  if (names.includes(element.name)) return element;
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    const found = find(child, ...names);
    if (found) return found;
  }
  return undefined;
}

/** A direct child by name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((node): node is XmlElement => typeof node !== 'string' && node.name === name);
}

/** The text of an element, whitespace collapsed. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (node: XmlElement) => {
    for (const part of node.children) typeof part === 'string' ? parts.push(part) : walk(part);
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
