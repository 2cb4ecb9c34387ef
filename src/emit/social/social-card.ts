/**
 * The social image of a page (the picture link previews show), as satori element trees: plain objects, never an
 * HTML string, so no text from content can become markup. `socialCard` is the whole card; the renderer draws it as
 * two parts that add up to it, `cardFrame` (paper, rule and site name, the same on every card of a site) and
 * `cardTextBand` (the kicker, title and subtitle, at the place they have on the whole card).
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

/** The paper of every card: opaque, so every pixel of a card is. */
export const CARD_PAPER = '#fdfcf9';

/** Thickness of the accent rule along the top, and the margin inside the card. */
const RULE = 16;
const PADDING = 64;

/** Style the text inherits from the card. */
const INHERITED = { color: '#1d1d1b', fontFamily: 'Noto Sans' } as const;

const div = (style: CardNode['props']['style'], children?: string | CardNode[]): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** The column of kicker, title and subtitle. */
function textColumn(text: CardText): CardNode {
  const shorten = (value: string, max: number) =>
    value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value;
  const title = shorten(text.title, 110);
  return div({ display: 'flex', flexDirection: 'column' }, [
    div({ fontSize: 28, color: '#8a1c1c', textTransform: 'uppercase', letterSpacing: 1 }, shorten(text.kicker, 70)),
    div({ fontSize: title.length > 70 ? 54 : 64, fontWeight: 700, marginTop: 24, lineHeight: 1.15 }, title),
    ...(text.subtitle ? [div({ fontSize: 30, color: '#55534e', marginTop: 24 }, shorten(text.subtitle, 140))] : []),
  ]);
}

/** The whole card around `column`: paper, the rule along the top, the column at the top and the site name at the foot. */
function card(column: CardNode, site: string): CardNode {
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      boxSizing: 'border-box',
      padding: PADDING,
      background: CARD_PAPER,
      color: INHERITED.color,
      borderTop: `${RULE}px solid #8a1c1c`,
      fontFamily: INHERITED.fontFamily,
    },
    [column, div({ fontSize: 28, fontWeight: 700 }, site)],
  );
}

/** The element tree of one card. */
export function socialCard(text: CardText): CardNode {
  return card(textColumn(text), text.site);
}

/** The card of a site with no kicker, title or subtitle: what every card of the site has in common. */
export function cardFrame(site: string): CardNode {
  return card(div({ display: 'flex', flexDirection: 'column' }, []), site);
}

/**
 * The kicker, title and subtitle alone, on no background, with the card's width and, from its top, its rule and
 * margin above them: laid out with the card's width and no height, the text lies where it lies on the whole card.
 */
export function cardTextBand(text: CardText): CardNode {
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_SIZE.width,
      boxSizing: 'border-box',
      padding: `${RULE + PADDING}px ${PADDING}px 0`,
      ...INHERITED,
    },
    [textColumn(text)],
  );
}

/** Rows from the top that belong to the rule: a band is laid on the frame below them. */
export const CARD_RULE_ROWS = RULE;
