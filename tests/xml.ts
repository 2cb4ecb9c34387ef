/**
 * Reading XML in tests (feeds, sitemaps) with saxes, a strict, namespace-aware parser: a document that is not
 * well-formed, or that uses a prefix it never declares, is refused, as xmllint and strict feed readers refuse it.
 */
import { SaxesParser } from 'saxes';

/** A node of a parsed document. */
export type XmlNode =
  | { type: 'element'; name: string; uri: string; attributes: Record<string, string>; elements: XmlNode[] }
  | { type: 'text'; text: string }
  | { type: 'cdata'; cdata: string };

/** A parsed XML element. */
export type XmlElement = Extract<XmlNode, { type: 'element' }>;

/** Parses an XML document, throwing on anything malformed or an undeclared prefix; returns the root element. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw new Error(`malformed XML: ${error.message}`);
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) {
      attributes[name] = typeof attribute === 'string' ? attribute : attribute.value;
    }
    const element: XmlElement = { type: 'element', name: tag.name, uri: tag.uri ?? '', attributes, elements: [] };
    if (stack.length) stack.at(-1)!.elements.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (value) => stack.at(-1)?.elements.push({ type: 'text', text: value }));
  parser.on('cdata', (value) => stack.at(-1)?.elements.push({ type: 'cdata', cdata: value }));
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** The child elements of `node` named `name` (qualified, e.g. "dc:creator"). */
export function children(node: XmlElement, name: string): XmlElement[] {
  return node.elements.filter((e): e is XmlElement => e.type === 'element' && e.name === name);
}

/** The one child element named `name`; throws when there is none. */
export function child(node: XmlElement, name: string): XmlElement {
  const found = children(node, name)[0];
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

/** The text of an element: its text and CDATA children, joined. */
export function text(node: XmlElement): string {
  return node.elements.map((e) => (e.type === 'text' ? e.text : e.type === 'cdata' ? e.cdata : '')).join('');
}

/** An attribute's value, or undefined. */
export function attribute(node: XmlElement, name: string): string | undefined {
  return node.attributes[name];
}
