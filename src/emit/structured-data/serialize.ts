/** JSON-LD as the text of a <script type="application/ld+json"> block, safe whatever the data holds. */

import type { Thing, WithContext } from 'schema-dts';

/** A JSON-LD block: schema.org nodes typed by schema-dts. */
export type JsonLd = WithContext<Thing> | Thing;

/**
 * JSON with "<", ">" and "&" written as \u escapes, so no string in the data (a headline holding "</script>" or
 * "<!--") can end the script block or change how HTML parses it; U+2028/2029 are escaped for old JavaScript
 * parsers. The result is the same JSON to any JSON parser.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
