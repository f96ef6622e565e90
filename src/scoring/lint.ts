/**
 * Rubric lint: checks a rubric that already passed schema validation for mistakes a schema
 * cannot see -- model answers that fall short of the top level, points their model answers never
 * meet, two points credited for the same words, and levels no answer can ever be given.
 * Pure: it compiles the rubric and marks its own model answers, nothing else.
 */
import type { Lexicon, Level, LevelGates, Point, PointMatch, Rubric } from '../rubric/types';
import { subjectGroups } from './analyse';
import { compileRubric, type CompiledRubric } from './compile';
import { mark } from './mark';
import type { Evidence, MarkResult } from './types';

export interface LintFinding {
  severity: 'error' | 'warning';
  /** JSON pointer into the rubric. */
  pointer: string;
  message: string;
}

export interface LintOptions {
  /** The shared synonym lexicon the rubric is compiled with. */
  lexicon?: Lexicon;
  /** WordNet synonyms looked up at load time, as compileRubric takes them. */
  wordnet?: Record<string, string[]>;
}

const GATES = ['points', 'explained', 'beyondStimulus', 'links'] as const;

function gate(requires: LevelGates | undefined, name: (typeof GATES)[number]): number {
  return requires?.[name] ?? 0;
}

function describeGates(requires: LevelGates | undefined): string {
  const parts = GATES.filter((name) => gate(requires, name) > 0).map(
    (name) => `${name} >= ${gate(requires, name)}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'no gates';
}

function concepts(match: PointMatch): number {
  return 'atLeast' in match ? match.of.length : 1;
}

/** Gates that ask for more than the rubric's points could ever supply. */
function unsatisfiableGates(rubric: Rubric, level: Level, index: number): LintFinding[] {
  const total = rubric.points.length;
  const own = rubric.points.filter((point) => point.stimulus !== true).length;
  const limits = { points: total, explained: total, beyondStimulus: own };
  const findings: LintFinding[] = [];
  for (const name of ['points', 'explained', 'beyondStimulus'] as const) {
    const needed = gate(level.requires, name);
    if (needed > limits[name]) {
      findings.push({
        severity: 'error',
        pointer: `/scheme/levels/${index}/requires/${name}`,
        message: `level ${level.level} can never be reached: it needs ${name} >= ${needed} but the rubric has only ${limits[name]} ${name === 'beyondStimulus' ? 'points outside the stimulus' : 'points'}`,
      });
    }
  }
  return findings;
}

/** A level is shadowed when a higher level's gates are no stricter: best fit always picks the higher one. */
function shadowedLevels(levels: Level[]): LintFinding[] {
  const findings: LintFinding[] = [];
  levels.forEach((lower, index) => {
    const higher = levels.find(
      (other) =>
        other.level > lower.level &&
        GATES.every((name) => gate(other.requires, name) <= gate(lower.requires, name)),
    );
    if (higher) {
      findings.push({
        severity: 'error',
        pointer: `/scheme/levels/${index}`,
        message: `level ${lower.level} can never be awarded: every answer meeting its gates (${describeGates(lower.requires)}) also meets level ${higher.level} (${describeGates(higher.requires)})`,
      });
    }
  });
  return findings;
}

function duplicateLevels(levels: Level[]): LintFinding[] {
  return levels.flatMap((level, index) =>
    levels.findIndex((other) => other.level === level.level) < index
      ? [
          {
            severity: 'error' as const,
            pointer: `/scheme/levels/${index}/level`,
            message: `level ${level.level} is defined twice`,
          },
        ]
      : [],
  );
}

function schemeFindings(rubric: Rubric): LintFinding[] {
  const scheme = rubric.scheme;
  if (scheme.type === 'levels') {
    return [
      ...duplicateLevels(scheme.levels),
      ...scheme.levels.flatMap((level, index) => unsatisfiableGates(rubric, level, index)),
      ...shadowedLevels(scheme.levels),
    ];
  }
  return (scheme.table ?? []).flatMap((row, index) => {
    if (row.min > rubric.points.length) {
      return [
        {
          severity: 'error' as const,
          pointer: `/scheme/table/${index}/min`,
          message: `this row needs ${row.min} points met but the rubric has only ${rubric.points.length}`,
        },
      ];
    }
    const earlier = (scheme.table ?? []).findIndex((other) => other.min === row.min);
    return earlier < index
      ? [
          {
            severity: 'error' as const,
            pointer: `/scheme/table/${index}`,
            message: `min ${row.min} repeats row ${earlier}`,
          },
        ]
      : [];
  });
}

function pointFindings(points: Point[]): LintFinding[] {
  return points.flatMap((point, index) => {
    const match = point.match;
    if ('atLeast' in match && match.atLeast > concepts(match)) {
      return [
        {
          severity: 'error' as const,
          pointer: `/points/${index}/match/atLeast`,
          message: `point "${point.id}" can never be met: it needs ${match.atLeast} of only ${concepts(match)} concepts`,
        },
      ];
    }
    return [];
  });
}

function topLevel(rubric: Rubric): Level | undefined {
  if (rubric.scheme.type !== 'levels') return undefined;
  return [...rubric.scheme.levels].sort((a, b) => b.level - a.level)[0];
}

function shortfall(rubric: Rubric, result: MarkResult): string | undefined {
  const top = topLevel(rubric);
  if (top === undefined) {
    return result.mark < rubric.maxMark
      ? `scores ${result.mark}/${result.maxMark}, below full marks`
      : undefined;
  }
  const reached = result.level?.level ?? 0;
  if (reached >= top.level) return undefined;
  const missing = GATES.filter((name) => result.signals[name] < gate(top.requires, name)).map(
    (name) => `${name} ${result.signals[name]} of ${gate(top.requires, name)}`,
  );
  return `reaches level ${reached} (${result.mark}/${result.maxMark}), below the top level ${top.level}${missing.length > 0 ? `: ${missing.join(', ')}` : ''}`;
}

/** True when every span in `inner` lies inside some span in `outer`. */
function covered(inner: Evidence[], outer: Evidence[]): boolean {
  return inner.length > 0 && inner.every((a) => outer.some((b) => b.start <= a.start && a.end <= b.end));
}

function sameEvidence(rubric: Rubric, result: MarkResult, answer: number): LintFinding[] {
  const met = result.points.filter((point) => point.met);
  const findings: LintFinding[] = [];
  met.forEach((a, i) => {
    for (const b of met.slice(i + 1)) {
      if (!covered(a.evidence, b.evidence) && !covered(b.evidence, a.evidence)) continue;
      const words = (covered(a.evidence, b.evidence) ? a : b).evidence.map((e) => `"${e.text}"`).join(', ');
      findings.push({
        severity: 'warning',
        pointer: `/points/${rubric.points.findIndex((p) => p.id === b.id)}`,
        message: `points "${a.id}" and "${b.id}" are met by the same words in model answer ${answer + 1} (${words}): one phrase earns two points`,
      });
    }
  });
  return findings;
}

function modelAnswerFindings(rubric: Rubric, compiled: CompiledRubric): LintFinding[] {
  const results = rubric.modelAnswers.map((answer) => mark(compiled, answer));
  const findings: LintFinding[] = [];
  results.forEach((result, index) => {
    const short = shortfall(rubric, result);
    if (short)
      findings.push({
        severity: 'error',
        pointer: `/modelAnswers/${index}`,
        message: `model answer ${index + 1} ${short}`,
      });
    for (const wrong of result.misconceptions) {
      const words = wrong.evidence.map((e) => `"${e.text}"`).join(', ');
      findings.push({
        severity: 'error',
        pointer: `/modelAnswers/${index}`,
        message: `model answer ${index + 1} triggers misconception "${wrong.id}" (${words})`,
      });
    }
    findings.push(...sameEvidence(rubric, result, index));
  });
  rubric.points.forEach((point, index) => {
    if (!results.some((result) => result.points.find((p) => p.id === point.id)?.met)) {
      findings.push({
        severity: 'warning',
        pointer: `/points/${index}`,
        message: `no model answer meets point "${point.id}" (${point.label}): check its wording against the model answers`,
      });
    }
  });
  return findings;
}

/** A subject no group of names meets: no pronoun can stand for it. */
function subjectFindings(rubric: Rubric, compiled: CompiledRubric): LintFinding[] {
  if (rubric.subject === undefined || subjectGroups(compiled).length > 0) return [];
  return [
    {
      severity: 'warning',
      pointer: '/subject',
      message: `the subject "${rubric.subject}" meets no group made only of names, so no pronoun will stand for it`,
    },
  ];
}

/**
 * Lints a validated rubric. Findings are sorted errors first, then by pointer, so output is stable.
 *
 * @example
 * const findings = lintRubric(rubric, { lexicon });
 * const failed = findings.some((f) => f.severity === 'error');
 */
export function lintRubric(rubric: Rubric, options: LintOptions = {}): LintFinding[] {
  const findings = [...schemeFindings(rubric), ...pointFindings(rubric.points)];
  let compiled: CompiledRubric | undefined;
  try {
    compiled = compileRubric(rubric, { lexicon: options.lexicon, wordnet: options.wordnet });
  } catch (err) {
    findings.push({
      severity: 'error',
      pointer: '',
      message: `the rubric does not compile: ${(err as Error).message}`,
    });
  }
  if (compiled) findings.push(...modelAnswerFindings(rubric, compiled), ...subjectFindings(rubric, compiled));
  const rank = { error: 0, warning: 1 };
  return findings.sort(
    (a, b) => rank[a.severity] - rank[b.severity] || a.pointer.localeCompare(b.pointer, 'en'),
  );
}
