import { describe, expect, it } from 'vitest';
import { forbiddenCharacters, forbiddenInData, withoutForbidden } from '../../src/model/text-policy.ts';

describe('the text policy', () => {
  it.each([
    ['NUL', 'a\u0000b', 'U+0000', 'a control character'],
    ['BEL', 'a\u0007b', 'U+0007', 'a control character'],
    ['ESC', 'a\u001Bb', 'U+001B', 'a control character'],
    ['DEL', 'a\u007Fb', 'U+007F', 'the delete character'],
    ['a C1 control', 'a\u0085b', 'U+0085', 'a C1 control character'],
    ['a right-to-left override', 'a\u202Eb', 'U+202E', 'a bidirectional embedding or override'],
    ['an isolate', 'a\u2066b', 'U+2066', 'a bidirectional isolate'],
    ['a lone high surrogate', 'a\uD800b', 'U+D800', 'half of a surrogate pair'],
    ['a lone low surrogate', 'a\uDC00b', 'U+DC00', 'half of a surrogate pair'],
    ['U+FFFF', 'a\uFFFFb', 'U+FFFF', 'a noncharacter'],
  ])('finds %s', (_, text, codePoint, name) => {
    expect(forbiddenCharacters(text)).toEqual([{ codePoint, name, index: 1 }]);
    expect(withoutForbidden(text)).toBe('ab');
  });

  it('keeps tab, line feed, a surrogate pair, accents, right-to-left letters and marks', () => {
    const text = 'Tab\there\nÉmigré 😀 مرحبا עברית \u200F\u200E \u00A0';
    expect(forbiddenCharacters(text)).toEqual([]);
    expect(withoutForbidden(text)).toBe(text);
  });

  it('names the field of each string in parsed data that holds one', () => {
    const data = { title: 'A\u0007', people: ['ok', 'b\u001B'], sources: [{ who: 'c\u0000' }], dek: 'fine' };
    expect(forbiddenInData(data).map(([field, c]) => `${field} ${c.codePoint}`)).toEqual([
      'title U+0007',
      'people.1 U+001B',
      'sources.0.who U+0000',
    ]);
  });
});

describe('showing a received text', () => {
  it('writes each forbidden character out as its code point and keeps everything else', async () => {
    const { withForbiddenShown } = await import('../../src/model/text-policy.ts');
    expect(withForbiddenShown('Bell\u0007 and \u202Eflip, tab\tkept')).toBe('Bell⟨U+0007⟩ and ⟨U+202E⟩flip, tab\tkept');
  });

  it('is what the received page model shows', async () => {
    const { receivedParagraphsView } = await import('../../src/emit/views/received.ts');
    const view = receivedParagraphsView([{ kind: 'same', text: 'One\u0007 line\nTwo' }]);
    expect(view.paragraphs).toEqual([[{ kind: 'same', text: 'One⟨U+0007⟩ line' }], [{ kind: 'same', text: 'Two' }]]);
  });
});
