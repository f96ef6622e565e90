/** The bundled rubrics compiled as the service compiles them, and the teacher-marked fixtures. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubricDir } from '../../src/rubric';
import { createCatalog, mark, type Catalog, type CompiledRubric, type MarkResult } from '../../src/scoring';

export const ROOT = join(__dirname, '..', '..');

export async function bundledCatalog(): Promise<Catalog> {
  const { rubrics, lexicon, wordnet, issues } = await loadRubricDir(join(ROOT, 'rubrics'), { wordnet: true });
  if (issues.length > 0) throw new Error(`bundled rubrics have issues: ${JSON.stringify(issues)}`);
  return createCatalog(rubrics, { lexicon, wordnet });
}

export interface Fixture {
  ref: string;
  answer: string;
  mark: number;
  level: number | null;
  points: string[];
  kind: string;
  note: string;
}

/** fixtures/answers/<rubric-id>.jsonl, by rubric id. */
export function fixtures(): Map<string, Fixture[]> {
  const dir = join(ROOT, 'fixtures', 'answers');
  const out = new Map<string, Fixture[]>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    out.set(
      file.replace(/\.jsonl$/, ''),
      lines.map((l) => JSON.parse(l) as Fixture),
    );
  }
  return out;
}

/** A whole answer and how an examiner would mark it. */
export interface Essay {
  answer: string;
  level: number;
  /** The marks an examiner could defend, inclusive. */
  marks: [number, number];
  met: string[];
  notMet?: string[];
  /** The factual errors it must be corrected for, exactly (none when absent). */
  errors?: string[];
  /** Words the next step must contain; null when the answer has full marks and is shown none. */
  next?: string | null;
}

/** Marks the essay and checks what a student would see against the examiner's view of it. */
export function expectEssay(compiled: CompiledRubric, essay: Essay): MarkResult {
  const result = mark(compiled, essay.answer);
  expect(result.level?.level ?? 0).toBe(essay.level);
  expect(result.mark).toBeGreaterThanOrEqual(essay.marks[0]);
  expect(result.mark).toBeLessThanOrEqual(essay.marks[1]);
  const met = result.points.filter((p) => p.met).map((p) => p.id);
  expect(met).toEqual(expect.arrayContaining(essay.met));
  for (const id of essay.notMet ?? []) expect(met).not.toContain(id);
  expect(result.misconceptions.map((m) => m.id)).toEqual(essay.errors ?? []);
  if (essay.next === null) expect(result.feedback.nextStep).toBeNull();
  else if (essay.next !== undefined) expect(result.feedback.nextStep).toContain(essay.next);
  return result;
}

/** The ids of the points an answer meets on a bundled rubric, in the rubric's order. */
export function metPoints(catalog: Catalog, rubricId: string, answer: string): string[] {
  return mark(catalog.get(rubricId)!, answer)
    .points.filter((p) => p.met)
    .map((p) => p.id);
}

/** The ids of the factual errors the marker reports in an answer on a bundled rubric. */
export function factualErrors(catalog: Catalog, rubricId: string, answer: string): string[] {
  return mark(catalog.get(rubricId)!, answer).misconceptions.map((m) => m.id);
}
