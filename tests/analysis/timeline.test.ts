import { describe, expect, test } from 'vitest';
import { extractTimelineEvents } from '../../src/analysis/timeline.ts';

describe('extractTimelineEvents', () => {
  const paragraphs = [
    'A disagreement has emerged. General Milley spoke in New York on Wednesday.',
    '“Now is the time. Seize it,” he said on Thursday.',
    'Democrats recently released a letter.',
    'Nothing dated here.',
  ];

  test('one event per sentence with a date expression, keeping paragraph and sentence', () => {
    expect(extractTimelineEvents(paragraphs, '2022-11-10')).toEqual([
      {
        date: { from: '2022-11-09', to: '2022-11-09' },
        expression: 'on Wednesday',
        reason: 'the most recent Wednesday on or before the article date',
        description: 'General Milley spoke in New York on Wednesday.',
        paragraph: 0,
      },
      expect.objectContaining({
        date: { from: '2022-11-10', to: '2022-11-10' },
        paragraph: 1,
        description: paragraphs[1],
      }),
      expect.objectContaining({ date: null, expression: 'recently', paragraph: 2 }),
    ]);
  });

  test('skipped paragraphs give no events', () => {
    expect(extractTimelineEvents(paragraphs, '2022-11-10', (p) => p !== 2)).toHaveLength(1);
  });

  test('lists every date expression of a sentence as its own event', () => {
    const events = extractTimelineEvents(
      ['Dockers will return on Thursday after they agreed on Tuesday.'],
      '2024-03-13',
    );
    expect(events.map((e) => [e.expression, e.date?.from])).toEqual([
      ['on Thursday', '2024-03-14'],
      ['on Tuesday', '2024-03-12'],
    ]);
    expect(new Set(events.map((e) => e.description)).size).toBe(1);
  });
});
