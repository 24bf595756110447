// Shared by the figures tests: each figure as one readable line.
import { annotate } from '../index';

/** "kind value unit [qualifier] [low..high] [per x]: text" for each figure of the text. */
export function figureLines(text: string): string[] {
  return annotate(text).figures.map((f) => {
    const extra = [f.qualifier ?? '', f.low != null ? `${f.low}..${f.high}` : '', f.per ? `per ${f.per}` : ''].filter(Boolean).join(' ');
    return `${f.kind} ${f.value} ${f.unit}${extra ? ` ${extra}` : ''}: ${f.text}`;
  });
}
