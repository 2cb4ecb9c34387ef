import { describe, expect, it } from 'vitest';
import { socialCard, type CardNode } from '../../src/emit/social/social-card.ts';

/** Every string in a card tree, in order. */
function texts(node: CardNode): string[] {
  const { children } = node.props;
  if (typeof children === 'string') return [children];
  return (children ?? []).flatMap(texts);
}

describe('socialCard', () => {
  it('holds the kicker, title, subtitle and site name as text', () => {
    const card = socialCard({ kicker: 'Person', title: 'Ana Silva', subtitle: 'Adviser', site: 'News' });
    expect(texts(card)).toEqual(['Person', 'Ana Silva', 'Adviser', 'News']);
  });

  it('keeps markup in content as text, never as elements', () => {
    const card = socialCard({ kicker: 'K', title: '<script>alert(1)</script>', site: 'S' });
    expect(texts(card)).toContain('<script>alert(1)</script>');
  });

  it('shortens a long title with an ellipsis and leaves out a missing subtitle', () => {
    const card = socialCard({ kicker: 'K', title: 'word '.repeat(60), site: 'S' });
    const [, title] = texts(card);
    expect(title!.length).toBeLessThanOrEqual(110);
    expect(title!.endsWith('…')).toBe(true);
    expect(texts(card)).toHaveLength(3);
  });
});
