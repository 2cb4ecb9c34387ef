/**
 * The social image of a page (the picture link previews show), as a satori element tree: plain objects, never an
 * HTML string, so no text from content can become markup.
 */

/** A satori element: a tag, its style and its children. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

/** What a card says. */
export interface CardText {
  /** Small line above the title: outlet and date, or the kind of entity. */
  kicker: string;
  /** The headline or the name. */
  title: string;
  /** One line under the title (a dek, a role), shortened when long. */
  subtitle?: string | undefined;
  /** The site's name, at the foot. */
  site: string;
}

/** Size of every card, the one link previews expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

const div = (style: CardNode['props']['style'], children?: string | CardNode[]): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** The element tree of one card. */
export function socialCard(text: CardText): CardNode {
  const shorten = (value: string, max: number) =>
    value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value;
  const title = shorten(text.title, 110);
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      boxSizing: 'border-box',
      padding: 64,
      background: '#fdfcf9',
      color: '#1d1d1b',
      borderTop: '16px solid #8a1c1c',
      fontFamily: 'Noto Sans',
    },
    [
      div({ display: 'flex', flexDirection: 'column' }, [
        div({ fontSize: 28, color: '#8a1c1c', textTransform: 'uppercase', letterSpacing: 1 }, shorten(text.kicker, 70)),
        div({ fontSize: title.length > 70 ? 54 : 64, fontWeight: 700, marginTop: 24, lineHeight: 1.15 }, title),
        ...(text.subtitle ? [div({ fontSize: 30, color: '#55534e', marginTop: 24 }, shorten(text.subtitle, 140))] : []),
      ]),
      div({ fontSize: 28, fontWeight: 700 }, text.site),
    ],
  );
}
