// A hand-built TimelineDocument with events out of order, a merged event, an inferred date,
// an undated event, a statement quoted by three sources (one alters it) and article text that tries
// to inject HTML and spreadsheet formulas.
import type { TimelineDocument } from '../../../server/src/core';

export const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

export function timelineFixture(): TimelineDocument {
  return {
    version: 1,
    events: [
      {
        date: '2025-08-18', dateText: 'Monday', inferred: { from: 'file:///ws/001.txt', how: 'relative to the article date' },
        event: 'Zelensky meets Trump in Washington', entityIds: ['e2', 'e3'],
        sources: [{ file: 'file:///ws/001.txt', start: 100, end: 160, text: 'Zelensky and European leaders meet with Trump in Washington on Monday.' }],
      },
      {
        date: '2014', dateText: 'in 2014', inferred: null, event: 'Russia annexed Crimea', entityIds: [],
        sources: [{ file: 'file:///ws/002.txt', start: 5, end: 40, text: 'Russia annexed Crimea in 2014.' }],
      },
      {
        date: '2025-08-16', dateText: 'August 16, 2025', inferred: null, event: `Summit in Alaska ${HOSTILE}`, entityIds: ['e1', 'e3'],
        sources: [
          { file: 'file:///ws/001.txt', start: 10, end: 50, text: `Trump-Putin summit held in Alaska ${HOSTILE}` },
          { file: 'file:///ws/003.txt', start: 20, end: 70, text: 'The summit in Alaska on August 16.' },
        ],
      },
      {
        date: '2025-W33', dateText: 'last week', inferred: null, event: 'Talks at a military base', entityIds: [],
        sources: [{ file: 'file:///ws/004.txt', start: 0, end: 10, text: '=HYPERLINK("http://x")' }],
      },
    ],
    undated: [
      {
        date: null, dateText: 'once', inferred: null, event: 'A deal may follow', entityIds: [],
        sources: [{ file: 'file:///ws/002.txt', start: 50, end: 60, text: 'A deal may follow.' }],
      },
    ],
    disagreements: [
      {
        subject: 'weapons deal', kind: 'figure',
        values: [
          { value: '$100 billion', file: 'file:///ws/001.txt', start: 1, end: 2, text: '$100 billion' },
          { value: '$90-billion', file: 'file:///ws/004.txt', start: 3, end: 4, text: '$90-billion' },
        ],
      },
    ],
    statements: [
      {
        speaker: 'Vladimir Putin', speakerId: 'e1', words: 'we are ready to talk',
        versions: [
          { file: 'file:///ws/001.txt', start: 200, end: 226, text: '“We are ready to talk now.”', speaker: 'Vladimir Putin', class: 'fullest', diff: [], droppedQualifiers: [] },
          { file: 'file:///ws/003.txt', start: 80, end: 104, text: '“We are ready to talk.”', speaker: 'Putin', class: 'shortened', diff: [{ op: 'same', text: 'We are ready to talk' }, { op: 'cut', text: 'now' }], droppedQualifiers: [] },
          {
            file: 'file:///ws/004.txt', start: 30, end: 90, text: `“We are never ready to talk now ${HOSTILE}”`, speaker: 'Putin', class: 'altered',
            diff: [{ op: 'same', text: 'We are' }, { op: 'added', text: `never ${HOSTILE}` }, { op: 'same', text: 'ready to talk now' }], droppedQualifiers: [],
          },
        ],
      },
    ],
  };
}

export const FIXTURE_NAMES: Record<string, string> = { e1: 'Vladimir Putin', e2: 'Volodymyr Zelensky', e3: 'Donald Trump' };
