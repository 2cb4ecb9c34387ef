/**
 * Removes from the rendered text any character the text policy forbids (model/text-policy.ts). The parse stage
 * already takes them out of an article's body and warns the editor; this is the last guard for any other way text
 * reaches the tree, so that no raw control character reaches a page, a feed or a data file.
 */
import type { Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { withoutForbidden } from '../model/text-policy.ts';

/** Strips forbidden characters from every text node and every string attribute. */
export function rehypeStripControls() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'text') (node as Text).value = withoutForbidden((node as Text).value);
      if (node.type === 'element') {
        for (const [name, value] of Object.entries(node.properties)) {
          if (typeof value === 'string') node.properties[name] = withoutForbidden(value);
        }
      }
    });
  };
}
