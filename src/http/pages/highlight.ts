/**
 * Splits a student's answer into plain and highlighted segments from evidence offsets. The
 * segments are plain strings: the template escapes each one, so markup typed by a student stays
 * text inside and outside the highlights.
 */

/** A range of the answer that earned (or lost) something, with the references shown beside it. */
export interface Highlight {
  start: number;
  end: number;
  /** What the reader sees next to the highlight, e.g. "1" for point 1 or "C1" for correction 1. */
  ref: string;
  kind: 'point' | 'misconception';
}

export interface Segment {
  text: string;
  /** Empty for plain text. Sorted and unique. */
  refs: string[];
  /** True when any reference in the segment is a misconception. */
  misconception: boolean;
}

interface Run {
  start: number;
  end: number;
  refs: Set<string>;
  misconception: boolean;
}

/** Clamps to the answer and drops empty or inverted ranges, which can only come from a bug upstream. */
function usable(highlights: readonly Highlight[], length: number): Highlight[] {
  return highlights
    .map((h) => ({
      ...h,
      start: Math.max(0, Math.min(h.start, length)),
      end: Math.max(0, Math.min(h.end, length)),
    }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Merges overlapping ranges into runs that carry every reference they cover. */
function mergeRuns(sorted: readonly Highlight[]): Run[] {
  const runs: Run[] = [];
  for (const h of sorted) {
    const last = runs.at(-1);
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      last.refs.add(h.ref);
      last.misconception ||= h.kind === 'misconception';
    } else {
      runs.push({
        start: h.start,
        end: h.end,
        refs: new Set([h.ref]),
        misconception: h.kind === 'misconception',
      });
    }
  }
  return runs;
}

/** Point numbers before correction labels, numerically: "2" < "10" < "C1". */
function compareRefs(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Cuts the answer into segments, in order, whose texts join back to the whole answer.
 *
 * @example
 * segmentAnswer('Beria was shot. Malenkov fell.', [{ start: 0, end: 15, ref: '1', kind: 'point' }])
 * // [{ text: 'Beria was shot.', refs: ['1'], misconception: false },
 * //  { text: ' Malenkov fell.', refs: [], misconception: false }]
 */
export function segmentAnswer(answer: string, highlights: readonly Highlight[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const run of mergeRuns(usable(highlights, answer.length))) {
    if (run.start > cursor)
      segments.push({ text: answer.slice(cursor, run.start), refs: [], misconception: false });
    segments.push({
      text: answer.slice(run.start, run.end),
      refs: [...run.refs].sort(compareRefs),
      misconception: run.misconception,
    });
    cursor = run.end;
  }
  if (cursor < answer.length) segments.push({ text: answer.slice(cursor), refs: [], misconception: false });
  return segments;
}
