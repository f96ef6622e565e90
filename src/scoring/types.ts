/** What mark() returns: JSON-serialisable, deterministic, offsets into the original answer. */

export interface Evidence {
  /** UTF-16 offsets into the answer exactly as given: answer.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
}

export interface PointResult {
  id: string;
  label: string;
  met: boolean;
  /** 0..1, rounded to 2 decimals: 1 for exact wording, lower for misspelt or synonym matches. */
  confidence: number;
  /** Sorted by start; empty when not met. */
  evidence: Evidence[];
  /** True when the point is tied by a causal connective to a consequence or the focus. */
  explained: boolean;
  stimulus: boolean;
  /** Marks awarded for this point on point-marked questions; 0 on levels questions. */
  marks: number;
  /**
   * Where the answer says the opposite of the point ("Beria was not arrested"): found, but
   * withheld. Always present in mark() results (empty when nothing was withheld).
   */
  withheld?: Evidence[];
}

export interface MisconceptionResult {
  id: string;
  label: string;
  feedback: string;
  evidence: Evidence[];
}

export interface LevelResult {
  level: number;
  marks: [number, number];
  descriptor: string;
}

export interface Feedback {
  /** One line: "Level 2 (5/12): ..." */
  summary: string;
  /** What earned credit, quoting the student's own words. */
  credited: string[];
  /** What is missing, as hints. */
  missing: string[];
  /** Corrections for factual errors. */
  corrections: string[];
  /** The concrete next step to reach the next level or mark; null at full marks. */
  nextStep: string | null;
}

export interface MarkResult {
  rubricId: string;
  mark: number;
  maxMark: number;
  /** null for point-marked questions. */
  level: LevelResult | null;
  points: PointResult[];
  misconceptions: MisconceptionResult[];
  /** Counts behind the level gates, so the mark can be explained. */
  signals: { points: number; explained: number; beyondStimulus: number; links: number; words: number };
  feedback: Feedback;
}
