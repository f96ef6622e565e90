/**
 * The test-rubric report as plain text for a terminal: agreement figures, the confusion matrix,
 * per-point precision and recall, and the answers accepted wrongly and rejected wrongly.
 */
import type { RubricChanges } from './rubric-changes';
import { meanMark, type Disagreement, type TestRubricReport } from './test-rubric';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function oneLine(text: string, max: number): string {
  // Control characters (including bidi overrides) would scramble a terminal.
  const flat = text
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function confusionLines(confusion: number[][]): string[] {
  const width = Math.max(3, ...confusion.flat().map((c) => String(c).length + 1));
  const cell = (v: string | number): string => String(v).padStart(width);
  const head = `  teacher\\marker ${confusion.map((_, j) => cell(j)).join('')}`;
  return [head, ...confusion.map((row, i) => `  ${String(i).padStart(14)} ${row.map(cell).join('')}`)];
}

function disagreementLines(title: string, list: readonly Disagreement[], limit: number): string[] {
  const out = [`${title} (${list.length})`];
  if (list.length === 0) out.push('  none');
  for (const d of list.slice(0, limit)) {
    const who = d.ref === `line ${d.line}` ? `line ${d.line}` : `line ${d.line} [${oneLine(d.ref, 30)}]`;
    const marks =
      d.teacherMark === null ? `marker ${d.markerMark}` : `marker ${d.markerMark}, teacher ${d.teacherMark}`;
    const about = d.point ? `point ${d.point.id}: ` : '';
    out.push(`  ${who} (${marks}) ${about}${d.reason}`);
    out.push(`      answer: "${oneLine(d.answer, 100)}"`);
    for (const e of d.evidence.slice(0, 4)) out.push(`      evidence (${e.point}): "${oneLine(e.text, 80)}"`);
  }
  if (list.length > limit) out.push(`  ... and ${list.length - limit} more (--json lists them all)`);
  return out;
}

/**
 * Renders the report; `limit` caps each list of disagreements.
 * @example process.stdout.write(formatTestReport(report, { limit: 20 }))
 */
export function formatTestReport(report: TestRubricReport, options: { limit?: number } = {}): string {
  const limit = options.limit ?? 20;
  const out = [`Rubric ${report.rubricId}: ${report.answers} answers, marks 0-${report.maxMark}`, ''];
  const a = report.agreement;
  if (a) {
    const lean = a.meanSignedDifference < 0 ? 'harsh' : a.meanSignedDifference > 0 ? 'generous' : 'even';
    out.push(`Agreement with the teacher (${a.n} answers with a teacher mark)`);
    out.push(`  exact ${pct(a.exact)}   adjacent (within 1 mark) ${pct(a.adjacent)}   QWK ${a.qwk ?? 'n/a'}`);
    out.push(`  mean signed difference ${a.meanSignedDifference} (${lean}: marker minus teacher)`, '');
    out.push(
      'Confusion matrix (rows: teacher mark, columns: marker mark)',
      ...confusionLines(a.confusion),
      '',
    );
  } else {
    out.push('The file gives no teacher marks: showing what the marker did.', '');
  }
  if (report.points) {
    out.push('Points (marker against the points the teacher credited)');
    out.push(`  ${'point'.padEnd(28)} precision  recall  accepted wrongly  rejected wrongly`);
    for (const p of report.points) {
      const row = `${p.precision.toFixed(3).padStart(9)} ${p.recall.toFixed(3).padStart(7)}`;
      out.push(
        `  ${oneLine(p.id, 28).padEnd(28)} ${row} ${String(p.acceptedWrongly).padStart(17)} ${String(p.rejectedWrongly).padStart(17)}`,
      );
    }
    out.push('');
  }
  if (a || report.points) {
    out.push(
      ...disagreementLines(
        'Accepted wrongly: the marker gave credit the teacher did not',
        report.acceptedWrongly,
        limit,
      ),
      '',
    );
    out.push(
      ...disagreementLines(
        'Rejected wrongly: the marker withheld credit the teacher gave',
        report.rejectedWrongly,
        limit,
      ),
      '',
    );
  }
  out.push(
    `Marks the marker gave (mean ${meanMark(report)}): ${report.distribution.map((c, m) => `${m}:${c}`).join('  ')}`,
  );
  const never = report.neverMet.map((p) => `${p.id} (${oneLine(p.label, 50)})`);
  out.push(`Points never met: ${never.length > 0 ? never.join('; ') : 'none'}`);
  return `${out.join('\n')}\n`;
}

function changeLines(
  title: string,
  list: ReadonlyArray<{ ref: string; line: number; answer: string; evidence: string[] }>,
  limit: number,
): string[] {
  if (list.length === 0) return [];
  const out = [`    ${title} (${list.length})`];
  for (const c of list.slice(0, limit)) {
    const who = c.ref === `line ${c.line}` ? `line ${c.line}` : `line ${c.line} [${oneLine(c.ref, 30)}]`;
    const words = c.evidence.map((e) => `"${oneLine(e, 60)}"`).join(' ... ');
    out.push(`      ${who}: ${words || `"${oneLine(c.answer, 80)}"`}`);
  }
  if (list.length > limit) out.push(`      ... and ${list.length - limit} more (--json lists them all)`);
  return out;
}

/**
 * Renders what an edit to a rubric changes (compareRubrics), for the end of the test-rubric report.
 * @example process.stdout.write(formatRubricChanges(changes, { limit: 20, against: 'old.json' }))
 */
export function formatRubricChanges(
  changes: RubricChanges,
  options: { limit?: number; against: string },
): string {
  const limit = options.limit ?? 20;
  const up = changes.marks.filter((m) => m.after > m.before).length;
  const down = changes.marks.length - up;
  const out = [
    options.against === changes.before.id
      ? `Changes from rubric ${changes.before.id}`
      : `Changes from ${oneLine(options.against, 60)} (rubric ${changes.before.id})`,
    `  marks: ${changes.marks.length} of ${changes.answers} answers change (${up} up, ${down} down)`,
  ];
  const a = changes.agreement;
  if (a) {
    const qwk = (x: number | null) => (x === null ? 'n/a' : String(x));
    out.push(
      `  agreement with the teacher: exact ${pct(a.before.exact)} -> ${pct(a.after.exact)}, ` +
        `adjacent ${pct(a.before.adjacent)} -> ${pct(a.after.adjacent)}, QWK ${qwk(a.before.qwk)} -> ${qwk(a.after.qwk)}`,
    );
  }
  if (changes.points.length === 0) out.push('  no point matches a different set of answers');
  for (const p of changes.points) {
    const status = p.status === 'both' ? '' : ` (${p.status} by the edit)`;
    out.push(`  point ${oneLine(p.id, 40)}${status}: "${oneLine(p.label, 60)}"`);
    out.push(
      ...changeLines('newly met', p.newlyMet, limit),
      ...changeLines('no longer met', p.noLongerMet, limit),
    );
  }
  if (changes.marks.length > 0) {
    out.push('  answers whose mark changes');
    for (const m of changes.marks.slice(0, limit)) {
      const who = m.ref === `line ${m.line}` ? `line ${m.line}` : `line ${m.line} [${oneLine(m.ref, 30)}]`;
      const teacher = m.teacher === null ? '' : ` (teacher ${m.teacher})`;
      out.push(`    ${who}: ${m.before} -> ${m.after}${teacher}`);
    }
    if (changes.marks.length > limit)
      out.push(`    ... and ${changes.marks.length - limit} more (--json lists them all)`);
  }
  return `${out.join('\n')}\n`;
}
