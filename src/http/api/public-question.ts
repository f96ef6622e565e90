/**
 * The public view of a question: what a student may see before answering. Patterns,
 * alternatives, model answers, hints and misconceptions stay on the server, or the API would
 * hand out the mark scheme.
 */
import type { Rubric } from '../../rubric/types';

export interface QuestionSummary {
  id: string;
  title: string;
  topic: string;
  prompt: string;
  commandWord: string;
  maxMark: number;
  scheme: 'levels' | 'points';
}

export interface QuestionDetail extends QuestionSummary {
  stimulus: string[];
  /** Levels of response, lowest first; empty on point-marked questions. */
  levels: Array<{ level: number; marks: [number, number]; descriptor: string }>;
  /** What earns credit, by label only. `marks` is 0 on levels questions, where points are not counted. */
  points: Array<{ id: string; label: string; stimulus: boolean; marks: number }>;
}

/**
 * @example
 *   toQuestionSummary(rubric); // { id, title, topic, prompt, commandWord, maxMark, scheme: 'levels' }
 */
export function toQuestionSummary(rubric: Rubric): QuestionSummary {
  const { id, title, topic, prompt, commandWord, maxMark } = rubric;
  return { id, title, topic, prompt, commandWord, maxMark, scheme: rubric.scheme.type };
}

/**
 * @example
 *   toQuestionDetail(rubric).points[0]; // { id: 'no-successor', label: 'Stalin left no clear successor', ... }
 */
export function toQuestionDetail(rubric: Rubric): QuestionDetail {
  const scheme = rubric.scheme;
  const levels = scheme.type === 'levels' ? [...scheme.levels].sort((a, b) => a.level - b.level) : [];
  return {
    ...toQuestionSummary(rubric),
    stimulus: rubric.stimulus ?? [],
    levels: levels.map(({ level, marks, descriptor }) => ({
      level,
      marks: [marks[0], marks[1]],
      descriptor,
    })),
    points: rubric.points.map((p) => ({
      id: p.id,
      label: p.label,
      stimulus: p.stimulus ?? false,
      marks: scheme.type === 'points' ? (p.marks ?? 1) : 0,
    })),
  };
}
