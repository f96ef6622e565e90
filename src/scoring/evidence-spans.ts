/**
 * Evidence as a reader wants it: one point's pieces that share a sentence joined into one span
 * of the student's text, so "Beria" and "secret police" read as "Beria controlled the secret
 * police", not as two fragments. Used by the feedback page and the command line alike.
 */

/** A break between sentences: joined evidence never runs across one. */
const SENTENCE_BREAK = /[.!?;\n]/;

/**
 * Joins one point's evidence pieces that share a sentence into one span.
 *
 * @example
 * joinEvidence('Beria ran the secret police. He fell.', [{ start: 0, end: 5 }, { start: 14, end: 27 }])
 * // [{ start: 0, end: 27, text: 'Beria ran the secret police' }]
 */
export function joinEvidence(
  answer: string,
  evidence: ReadonlyArray<{ start: number; end: number }>,
): Array<{ start: number; end: number; text: string }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const e of [...evidence].sort((a, b) => a.start - b.start)) {
    const last = spans.at(-1);
    if (last && !SENTENCE_BREAK.test(answer.slice(last.end, e.start))) last.end = Math.max(last.end, e.end);
    else spans.push({ start: e.start, end: e.end });
  }
  return spans.map((s) => ({ ...s, text: answer.slice(s.start, s.end) }));
}
