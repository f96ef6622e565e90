/**
 * The rubric as authors write it (rubrics/*.json). rubrics/rubric.schema.json is the
 * source of truth for validation; these types mirror it for the code that reads a rubric
 * after validation.
 */

/** A word or phrase ("secret police"), a name ("Khrushchev") or a prefix ("consolidat*"). */
export type Alternative = string;

/** Where the parts of a concept must be found together. */
export type Window = 'sentence' | { words: number };

/**
 * One idea: every group must be present (all-of), each group satisfied by any one of its
 * alternatives (any-of), in any order, inside the window.
 */
export interface Concept {
  all: Alternative[][];
  /** Default: the same sentence. */
  window?: Window;
  /**
   * 'affirmed' (default): withheld when the answer negates it ("Beria was not arrested").
   * 'negated': met only when the answer negates it ("there was no clear successor").
   */
  polarity?: Polarity;
}

export type Polarity = 'affirmed' | 'negated';

/** A point is met by one concept, or by any k of several (k-of-n). */
export type PointMatch = Concept | { atLeast: number; of: Concept[] };

export interface Point {
  id: string;
  /** What a student reads: "Stalin left no clear successor". */
  label: string;
  match: PointMatch;
  /** Default polarity for the point's concepts (a concept's own polarity wins). */
  polarity?: Polarity;
  /** True when the question's stimulus gives this point ("You may use: ..."). */
  stimulus?: boolean;
  /** Marks for point-marked questions (default 1). */
  marks?: number;
  /** For point-marked schemes with groups: the group whose cap applies. */
  group?: string;
  feedback?: { met?: string; missed?: string };
}

export interface Misconception {
  id: string;
  label: string;
  match: PointMatch;
  /** The correction shown to the student. */
  feedback: string;
}

export interface LevelGates {
  /** Points met (any). */
  points?: number;
  /** Points met and tied by a causal connective to a consequence or the question's focus. */
  explained?: number;
  /** Points met that the stimulus did not give (own knowledge). */
  beyondStimulus?: number;
  /** Links between factors or a supported judgement. */
  links?: number;
}

export interface Level {
  level: number;
  /** Inclusive mark range [low, high]. */
  marks: [number, number];
  descriptor: string;
  requires?: LevelGates;
  /** What to do to reach the level above (shown as the next step). */
  nextStep?: string;
}

export interface LevelsScheme {
  type: 'levels';
  levels: Level[];
}

export interface PointsScheme {
  type: 'points';
  /** Number of points met -> mark, e.g. [{min:4,mark:3},{min:3,mark:2},{min:1,mark:1}]. */
  table?: Array<{ min: number; mark: number }>;
  /** Caps per point group, e.g. one mark for a conclusion, two for improvements. */
  groups?: Array<{ id: string; cap: number; label?: string }>;
}

export type Scheme = LevelsScheme | PointsScheme;

/** Handlebars templates that override the default feedback wording. */
export interface FeedbackTemplates {
  summary?: string;
  met?: string;
  missed?: string;
  /** Shown when the answer says the opposite of a point ("Beria was not arrested"). */
  withheld?: string;
  misconception?: string;
  nextStep?: string;
}

export interface Rubric {
  $schema?: string;
  schemaVersion: 1;
  id: string;
  title: string;
  topic: string;
  prompt: string;
  commandWord: string;
  maxMark: number;
  /** Stimulus bullet points shown under the prompt. */
  stimulus?: string[];
  /** The question's focus (e.g. "power struggle"), for causal explanation. */
  focus?: Alternative[];
  /** The person the question is about: a pronoun with no one named before it stands for them. */
  subject?: string;
  modelAnswers: string[];
  points: Point[];
  misconceptions?: Misconception[];
  /** Groups of interchangeable terms, added to the shared lexicon for this rubric. */
  synonyms?: Alternative[][];
  /** Ordinary words to expand with WordNet synonyms when the rubric is compiled. */
  wordnet?: string[];
  /** WordNet synonyms never to use: senses the author does not mean (humble -> small). */
  wordnetExclude?: string[];
  scheme: Scheme;
  templates?: FeedbackTemplates;
  /** Fitted from teacher-marked answers by `essay-feedback calibrate`. */
  calibration?: Calibration;
}

export interface Calibration {
  /** Minimum confidence for a point to count as met. */
  threshold?: number;
  /** Per point weight in [0, 1] (default 1): how much a met point counts toward the score. */
  weights?: Record<string, number>;
  /**
   * Scheme mark -> calibrated mark (index = the mark the rubric's scheme gives), non-decreasing,
   * one entry per mark 0..maxMark; entry 0 is 0. Applied when present.
   */
  markMap?: number[];
  /**
   * Levels of response only: added to how far the answer sits through its level (0 at the
   * level's lowest mark, 1 at its highest) before the mark within the level is read off. It moves
   * marks within the level the gates chose, never across it. Applied before `markMap`.
   */
  withinLevelShift?: number;
  fittedOn: {
    answers: number;
    fittedAt: string;
    method: string;
    /** How many fitted answers the teacher gave each mark 0..maxMark. */
    teacherMarks?: number[];
    /** The marked file it was fitted on. */
    source?: string;
  };
  crossValidated?: { before: Record<string, number>; after: Record<string, number> };
}

/** rubrics/lexicon.json: synonym groups shared by every rubric. */
export interface Lexicon {
  $schema?: string;
  schemaVersion: 1;
  synonyms: Alternative[][];
}
