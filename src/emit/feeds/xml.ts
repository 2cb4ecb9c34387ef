/**
 * A small XML writer for the feeds: elements as data, text and attributes escaped exactly once, CDATA kept whole,
 * indented four spaces. Written here because xmlbuilder2, tried first, leaves "&lt;" and "&amp;" in text as they
 * are ("no double encoding"), so a headline that says "&amp;" would be read as "&".
 */

/** An element: its qualified name, attributes, and children (elements, text, or CDATA). */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string>;
  children?: Array<XmlElement | string | { cdata: string }>;
}

/** An element, for short literals: el('title', {}, 'A headline'). */
export function el(
  name: string,
  attributes: Record<string, string> = {},
  ...children: Array<XmlElement | string | { cdata: string } | false | undefined>
): XmlElement {
  return { name, attributes, children: children.filter((c): c is XmlElement | string | { cdata: string } => !!c) };
}

/** The document: an XML declaration, then the root element. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${write(root, 0)}\n`;
}

function write(element: XmlElement, depth: number): string {
  const pad = '    '.repeat(depth);
  const attributes = Object.entries(element.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escape(value, true)}"`)
    .join('');
  const children = element.children ?? [];
  if (children.length === 0) return `${pad}<${element.name}${attributes}/>`;
  const open = `${pad}<${element.name}${attributes}>`;
  const close = `</${element.name}>`;
  if (children.every((c) => typeof c === 'string' || 'cdata' in c)) {
    return `${open}${children.map((c) => (typeof c === 'string' ? escape(c, false) : cdata(c.cdata))).join('')}${close}`;
  }
  const inner = children.map((c) =>
    typeof c === 'string' ? `${pad}    ${escape(c, false)}` : 'cdata' in c ? cdata(c.cdata) : write(c, depth + 1),
  );
  return `${open}\n${inner.join('\n')}\n${pad}${close}`;
}

/** Text or an attribute value with XML's special characters escaped. */
export function escape(text: string, attribute: boolean): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute ? escaped.replace(/"/g, '&quot;') : escaped;
}

/** A CDATA section; "]]>" inside is split across two sections so that it cannot end the first. */
function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
