/** The bundled rubrics compiled as the service compiles them, and the teacher-marked fixtures. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubricDir } from '../../src/rubric';
import { createCatalog, type Catalog } from '../../src/scoring';

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
