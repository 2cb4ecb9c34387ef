/**
 * Reading XML in tests (feeds, sitemaps) with a real parser: xml-js over sax in strict mode, which is what the `feed`
 * package itself writes with. sax lets two things through that XML forbids, so wellFormed() checks those by hand.
 */
import { xml2js, type Element } from 'xml-js';

/** A parsed XML element. */
export type XmlElement = Element;

/** Parses an XML document, throwing on anything sax or the extra checks find malformed; returns the root element. */
export function parseXml(text: string): XmlElement {
  const problems = wellFormed(text);
  if (problems.length) throw new Error(`malformed XML: ${problems.join('; ')}`);
  const document = xml2js(text, { compact: false }) as Element;
  const root = document.elements?.find((e) => e.type === 'element');
  if (!root) throw new Error('no root element');
  return root;
}

/** What sax accepts but XML forbids: "<" in an attribute value, and "]]>" in text outside a CDATA section. */
function wellFormed(text: string): string[] {
  const outside = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const problems: string[] = [];
  if (/=\s*"[^"]*</.exec(outside.replace(/<\?[\s\S]*?\?>/g, ''))) problems.push('"<" in an attribute value');
  if (outside.includes(']]>')) problems.push('"]]>" outside CDATA');
  return problems;
}

/** The child elements of `node` named `name` (qualified, e.g. "dc:creator"). */
export function children(node: XmlElement, name: string): XmlElement[] {
  return (node.elements ?? []).filter((e) => e.type === 'element' && e.name === name);
}

/** The one child element named `name`; throws when there is none. */
export function child(node: XmlElement, name: string): XmlElement {
  const found = children(node, name)[0];
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

/** The text of an element: its text and CDATA children, joined. */
export function text(node: XmlElement): string {
  return (node.elements ?? [])
    .map((e) => (e.type === 'text' ? String(e.text) : e.type === 'cdata' ? String(e.cdata) : ''))
    .join('');
}

/** An attribute's value, or undefined. */
export function attribute(node: XmlElement, name: string): string | undefined {
  const value = node.attributes?.[name];
  return value === undefined ? undefined : String(value);
}
