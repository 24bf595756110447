// Hand-built analyses for the client's unit tests (offsets computed from the text, so they stay right).
import type { ArticleAnalysis, TextSpan } from '../../../server/src/core';

export function spanOf(text: string, needle: string, nth = 0): TextSpan {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`fixture: "${needle}" #${nth} not in text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

export const ARTICLE_TEXT = [
  'Putin and Zelensky to meet',
  '',
  'Russian President Vladimir Putin met Donald Trump in Alaska on August 16, 2025.',
  '“This was the first time,” Putin said. Zelensky said the deal was worth $100 billion.',
  '“Nobody knows,” one line read.',
  'On Sunday the Kremlin said =SUM(A1) was a test.',
].join('\n');

export function articleAnalysis(file = 'file:///ws/one.txt', text = ARTICLE_TEXT): ArticleAnalysis {
  const s = (needle: string, nth = 0) => spanOf(text, needle, nth);
  const q1 = s('“This was the first time,”');
  const q2 = s('“Nobody knows,”');
  const money = s('$100 billion');
  const date = s('August 16, 2025');
  const sunday = s('Sunday');
  return {
    file,
    headline: { ...s('Putin and Zelensky to meet') },
    sections: [],
    publishedDate: '2025-08-18',
    boilerplate: [],
    entities: [
      { id: 'e1', name: 'Vladimir Putin', type: 'person', role: 'Russian President', aliases: ['Putin'], mentions: [s('Putin'), s('Vladimir Putin'), s('Putin', 2)] },
      { id: 'e2', name: 'Volodymyr Zelensky', type: 'person', role: null, aliases: ['Zelensky'], mentions: [s('Zelensky'), s('Zelensky', 1)] },
      { id: 'e3', name: 'Donald Trump', type: 'person', role: null, aliases: [], mentions: [s('Donald Trump')] },
      { id: 'e4', name: 'Alaska', type: 'place', role: null, aliases: [], mentions: [s('Alaska')] },
      { id: 'e5', name: 'Kremlin', type: 'organization', role: null, aliases: [], mentions: [s('Kremlin')] },
    ],
    quotes: [
      { ...q1, kind: 'direct', speaker: { entityId: 'e1', name: 'Putin' } },
      { ...q2, kind: 'direct', speaker: null },
    ],
    figures: [{ ...money, kind: 'money', value: 100e9, unit: 'USD' }],
    dates: [
      { ...date, value: '2025-08-16', relative: false },
      { ...sunday, value: '2025-08-17', relative: true },
    ],
    diagnostics: [
      { start: 0, end: 5, code: 'claim.unsourced', severity: 'information', message: 'Unsourced claim' },
      { start: 0, end: 5, code: 'garbled.mojibake', severity: 'warning', message: 'Garbled' },
    ],
    timeline: [
      { ...date, date: '2025-08-16', dateText: 'August 16, 2025', event: 'Putin met Trump in Alaska', entityIds: ['e1', 'e3', 'e4'] },
    ],
  };
}
