/**
 * Reads one question of the SemEval-2013 Task 7 data (Dzikovska et al. 2013): the question, its
 * reference answers and the student answers with their gold labels. Pure: the caller reads files.
 */
import { XMLParser } from 'fast-xml-parser';
import { ValidationError } from '../errors';

export type SemevalLabel = 'correct' | 'contradictory' | 'incorrect';

export interface SemevalQuestion {
  id: string;
  module: string;
  text: string;
  references: Array<{ id: string; category: string | null; text: string }>;
  answers: Array<{ id: string; label: SemevalLabel; text: string }>;
}

const LABELS: readonly string[] = ['correct', 'contradictory', 'incorrect'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: 'text',
  // Answers such as "0" or "true" must stay text.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'referenceAnswer' || name === 'studentAnswer',
});

type Node = Record<string, unknown>;

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && 'text' in node) return String((node as Node).text ?? '');
  return '';
}

function attr(node: unknown, name: string): string | null {
  if (node && typeof node === 'object' && name in node) return String((node as Node)[name]);
  return null;
}

/**
 * Parses one question file.
 * @example parseSemevalQuestion(xml, 'EM-45b.xml').answers[0].label // 'incorrect'
 */
export function parseSemevalQuestion(xml: string, file = 'question'): SemevalQuestion {
  const fail = (message: string): never => {
    throw new ValidationError(`${file}: ${message}`, [{ pointer: '', message, file }]);
  };
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    return fail(`not well-formed XML (${(err as Error).message})`);
  }
  const q = doc.question as Node | undefined;
  if (!q || typeof q !== 'object') return fail('expected a <question> element');
  const refs = ((q.referenceAnswers as Node | undefined)?.referenceAnswer ?? []) as unknown[];
  const studs = ((q.studentAnswers as Node | undefined)?.studentAnswer ?? []) as unknown[];
  const answers = studs.map((s, i) => {
    const label = attr(s, 'accuracy');
    if (label === null || !LABELS.includes(label)) {
      fail(`student answer ${i + 1}: expected accuracy correct|contradictory|incorrect, found ${label}`);
    }
    return { id: attr(s, 'id') ?? `${i + 1}`, label: label as SemevalLabel, text: textOf(s) };
  });
  const references = refs.map((r, i) => ({
    id: attr(r, 'id') ?? `ref${i + 1}`,
    category: attr(r, 'category'),
    text: textOf(r),
  }));
  if (references.length === 0) fail('expected at least one <referenceAnswer>');
  return {
    id: attr(q, 'id') ?? file,
    module: attr(q, 'module') ?? '',
    text: textOf(q.questionText),
    references,
    answers,
  };
}

/** Folds the 3-way labels into the 2-way task: contradictory counts as incorrect. */
export function twoWay(label: SemevalLabel): 'correct' | 'incorrect' {
  return label === 'correct' ? 'correct' : 'incorrect';
}
