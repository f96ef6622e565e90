/**
 * Checks JSON Schema cannot express: unique ids, level mark ranges that tile 0..maxMark,
 * declared point groups, reachable maximum marks, k-of-n counts, calibration maps and template syntax.
 */
import Handlebars from 'handlebars';
import type { Issue } from '../errors';
import type { LevelsScheme, PointMatch, PointsScheme, Rubric } from './types';

type Report = (pointer: string, message: string) => void;

function checkIds(rubric: Rubric, report: Report): void {
  const pointIds = new Set<string>();
  rubric.points.forEach((point, i) => {
    if (pointIds.has(point.id))
      report(`/points/${i}/id`, `expected a unique point id, found '${point.id}' twice`);
    pointIds.add(point.id);
  });
  const misconceptionIds = new Set<string>();
  (rubric.misconceptions ?? []).forEach((m, i) => {
    if (pointIds.has(m.id)) {
      report(`/misconceptions/${i}/id`, `expected a misconception id unlike every point id, found '${m.id}'`);
    } else if (misconceptionIds.has(m.id)) {
      report(`/misconceptions/${i}/id`, `expected a unique misconception id, found '${m.id}' twice`);
    }
    misconceptionIds.add(m.id);
  });
  for (const id of Object.keys(rubric.calibration?.weights ?? {})) {
    if (!pointIds.has(id)) report(`/calibration/weights/${id}`, `expected a point id, found '${id}'`);
  }
}

function checkMatch(match: PointMatch, pointer: string, report: Report): void {
  if ('atLeast' in match && match.atLeast > match.of.length) {
    report(
      `${pointer}/atLeast`,
      `expected at most ${match.of.length} (the number of concepts), found ${match.atLeast}`,
    );
  }
}

function checkLevels(rubric: Rubric, scheme: LevelsScheme, report: Report): void {
  const order = scheme.levels
    .map((level, index) => ({ level, index }))
    .sort((a, b) => a.level.level - b.level.level);
  let expectedLow: number | undefined;
  order.forEach(({ level, index }, k) => {
    const at = `/scheme/levels/${index}`;
    const [low, high] = level.marks;
    if (k > 0 && order[k - 1]!.level.level === level.level) {
      report(`${at}/level`, `expected a unique level number, found ${level.level} twice`);
    }
    if (low > high) report(`${at}/marks`, `expected low <= high, found [${low}, ${high}]`);
    if (high > rubric.maxMark)
      report(`${at}/marks/1`, `expected at most maxMark ${rubric.maxMark}, found ${high}`);
    if (expectedLow !== undefined && low !== expectedLow) {
      const what = low < expectedLow ? 'overlaps the level below' : 'leaves a gap after the level below';
      report(
        `${at}/marks/0`,
        `expected ${expectedLow} (the mark after the level below), found ${low}: ${what}`,
      );
    }
    if (k === 0 && low > 1)
      report(`${at}/marks/0`, `expected 0 or 1 (the lowest level starts the scale), found ${low}`);
    expectedLow = high + 1;
  });
  const top = order[order.length - 1]?.level;
  if (top && top.marks[1] < rubric.maxMark) {
    report(
      `/scheme/levels/${order[order.length - 1]!.index}/marks/1`,
      `expected the top level to reach maxMark ${rubric.maxMark}, found ${top.marks[1]}`,
    );
  }
}

function reachableMark(rubric: Rubric, scheme: PointsScheme): number {
  if (scheme.table && scheme.table.length > 0) return Math.max(...scheme.table.map((row) => row.mark));
  const byGroup = new Map<string, number>();
  let ungrouped = 0;
  for (const point of rubric.points) {
    const marks = point.marks ?? 1;
    if (point.group === undefined) ungrouped += marks;
    else byGroup.set(point.group, (byGroup.get(point.group) ?? 0) + marks);
  }
  let total = ungrouped;
  for (const group of scheme.groups ?? []) total += Math.min(group.cap, byGroup.get(group.id) ?? 0);
  return total;
}

function checkPoints(rubric: Rubric, scheme: PointsScheme, report: Report): void {
  (scheme.table ?? []).forEach((row, i) => {
    if (row.mark > rubric.maxMark)
      report(`/scheme/table/${i}/mark`, `expected at most maxMark ${rubric.maxMark}, found ${row.mark}`);
  });
  const reachable = reachableMark(rubric, scheme);
  if (reachable < rubric.maxMark) {
    report(
      '/scheme',
      `expected the points to be able to reach maxMark ${rubric.maxMark}, found at most ${reachable}`,
    );
  }
}

function checkGroups(rubric: Rubric, report: Report): void {
  const declared = new Set(
    rubric.scheme.type === 'points' ? (rubric.scheme.groups ?? []).map((g) => g.id) : [],
  );
  rubric.points.forEach((point, i) => {
    if (point.group !== undefined && !declared.has(point.group)) {
      const known =
        declared.size > 0
          ? `one of ${[...declared].map((g) => `'${g}'`).join(',')}`
          : 'no group (the scheme declares none)';
      report(`/points/${i}/group`, `expected ${known}, found '${point.group}'`);
    }
  });
}

/** A calibration map moves marks within the scale, one entry per mark, never down as the mark rises. */
function checkMarkMap(rubric: Rubric, report: Report): void {
  const map = rubric.calibration?.markMap;
  if (!map) return;
  if (map.length !== rubric.maxMark + 1) {
    report(
      '/calibration/markMap',
      `expected ${rubric.maxMark + 1} entries (marks 0..maxMark), found ${map.length}`,
    );
  }
  map.forEach((mark, i) => {
    if (mark > rubric.maxMark)
      report(`/calibration/markMap/${i}`, `expected at most maxMark ${rubric.maxMark}, found ${mark}`);
    else if (i > 0 && mark < map[i - 1]!)
      report(
        `/calibration/markMap/${i}`,
        `expected at least ${map[i - 1]} (the entry before), found ${mark}`,
      );
  });
}

/** A shift within the level means nothing on a point-marked question, which has no levels. */
function checkWithinLevelShift(rubric: Rubric, report: Report): void {
  if (rubric.calibration?.withinLevelShift === undefined || rubric.scheme.type === 'levels') return;
  report(
    '/calibration/withinLevelShift',
    'expected no shift within the level on a point-marked question (scheme type "points" has no levels)',
  );
}

function checkTemplates(rubric: Rubric, report: Report): void {
  for (const [name, template] of Object.entries(rubric.templates ?? {})) {
    try {
      Handlebars.parse(template);
    } catch (error) {
      report(
        `/templates/${name}`,
        `expected a valid handlebars template, found an error: ${(error as Error).message.split('\n')[0]}`,
      );
    }
  }
}

/**
 * Semantic checks on a rubric that already passed the schema.
 * @example semanticIssues(rubric, 'rubrics/q1.json') // [] when sound
 */
export function semanticIssues(rubric: Rubric, file?: string): Issue[] {
  const issues: Issue[] = [];
  const report: Report = (pointer, message) =>
    issues.push({ pointer, message: `${message} at ${pointer}`, ...(file === undefined ? {} : { file }) });
  checkIds(rubric, report);
  rubric.points.forEach((p, i) => checkMatch(p.match, `/points/${i}/match`, report));
  (rubric.misconceptions ?? []).forEach((m, i) => checkMatch(m.match, `/misconceptions/${i}/match`, report));
  if (rubric.scheme.type === 'levels') checkLevels(rubric, rubric.scheme, report);
  else checkPoints(rubric, rubric.scheme, report);
  checkGroups(rubric, report);
  checkMarkMap(rubric, report);
  checkWithinLevelShift(rubric, report);
  checkTemplates(rubric, report);
  return issues;
}
