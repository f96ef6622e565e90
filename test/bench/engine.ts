/**
 * npm run bench:engine [-- --json] [--rubric <id>] [--answers <n>] [--runs <n>]
 *
 * Answers per second on one thread for our engine (the compiled build in dist/, as users run it)
 * beside three baselines measured in the same run, memory with every bundled rubric compiled, and the slowest 50,000-character answer.
 * Each rate is the median of several timed runs after a warm-up. --json prints the figures as
 * one JSON object on the last line.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { requireBuilt, ROOT } from './built';
import {
  createCompromiseBaseline,
  createTfIdfBaseline,
  createTokenizerBaseline,
  type Scorer,
} from './engine-baselines';
import { buildCorpus } from './engine-corpus';

// The engine as users run it: the compiled build (see built.ts).
const { loadRubricDir } = requireBuilt<typeof import('../../src/rubric')>('rubric');
const { compileRubric, mark } = requireBuilt<typeof import('../../src/scoring')>('scoring');

const TARGETS = { perSecond: 10_000, vsCompromise: 50, vsTokenizer: 4, rssMb: 250, slowestMs: 100 };

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    rubric: { type: 'string', default: 'ussr-power-struggle-1953' },
    answers: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '5' },
  },
});

let sink = 0; // results feed this so no work can be optimised away

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Method {
  scorer: Scorer;
  answers: string[];
  runs: number;
}

/**
 * Times every method, interleaved: run k of each method follows run k of the one before, so a
 * spell of load on the shared machine slows all of them rather than one row. Each rate is the
 * median of its runs, after a warm-up.
 */
function rates<K extends string>(
  methods: Record<K, Method>,
): Record<K, { perSecond: number; runs: number[] }> {
  const names = Object.keys(methods) as K[];
  const measured = new Map<K, number[]>(names.map((name) => [name, []]));
  for (const name of names) {
    const { scorer, answers } = methods[name];
    for (const answer of answers.slice(0, Math.min(answers.length, 100))) sink += scorer(answer);
  }
  const most = Math.max(...names.map((name) => methods[name].runs));
  for (let run = 0; run < most; run += 1) {
    for (const name of names) {
      const { scorer, answers, runs } = methods[name];
      if (run >= runs) continue;
      const start = process.hrtime.bigint();
      for (const answer of answers) sink += scorer(answer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      measured.get(name)!.push(answers.length / seconds);
    }
  }
  const out = {} as Record<K, { perSecond: number; runs: number[] }>;
  for (const name of names) {
    const runs = measured.get(name)!;
    out[name] = { perSecond: Math.round(median(runs)), runs: runs.map(Math.round) };
  }
  return out;
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
const fmt = (n: number): string => n.toLocaleString('en-GB', { maximumFractionDigits: 1 });
// Two significant figures below 10, so a small ratio (ours vs the bare tokenizer) never shows as 0x.
const ratio = (r: number): string =>
  r >= 10 ? fmt(Math.round(r * 10) / 10) : String(Number(r.toPrecision(2)));
const pad = (text: string, width: number, right = false): string =>
  right ? text.padStart(width) : text.padEnd(width);

async function main(): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  const compileStart = process.hrtime.bigint();
  const loaded = await loadRubricDir(join(ROOT, 'rubrics'));
  const compiled = loaded.rubrics.map((rubric) => compileRubric(rubric, { lexicon: loaded.lexicon }));
  const compileMs = Number(process.hrtime.bigint() - compileStart) / 1e6;
  const rssCompiled = process.memoryUsage().rss;
  const target = compiled.find((c) => c.id === args.rubric);
  if (!target)
    throw new Error(`no bundled rubric "${args.rubric}"; there are: ${compiled.map((c) => c.id).join(', ')}`);

  const runs = Math.max(1, Number(args.runs));
  const corpus = buildCorpus(target.rubric, {
    fixturesDir: join(ROOT, 'fixtures', 'answers'),
    count: Number(args.answers),
    seed: 1953,
  });
  // A server marks answers to many questions in turn, each against its own rubric, so no rubric's
  // data stays in the processor's caches as it does when one rubric marks answer after answer:
  // the same number of answers, taken from every question's corpus in turn.
  const perRubric = Math.ceil(corpus.answers.length / compiled.length);
  const corpora = compiled.map(
    (c) =>
      buildCorpus(c.rubric, { fixturesDir: join(ROOT, 'fixtures', 'answers'), count: perRubric, seed: 1953 })
        .answers,
  );
  const rubricOf = new Map<string, (typeof compiled)[number]>();
  const mixed: string[] = [];
  for (let k = 0; k < perRubric && mixed.length < corpus.answers.length; k++) {
    compiled.forEach((c, r) => {
      const answer = corpora[r]![k]!;
      if (rubricOf.has(answer)) return;
      rubricOf.set(answer, c);
      mixed.push(answer);
    });
  }
  // The same answers question by question, to tell the cost of switching rubrics from that of
  // the other questions' answers.
  const grouped = compiled.flatMap((c) => mixed.filter((answer) => rubricOf.get(answer) === c));
  const { ours, mixedQuestions, groupedQuestions, tokenizer, tfidf, compromise } = rates({
    ours: { scorer: (answer) => mark(target, answer).mark, answers: corpus.answers, runs },
    mixedQuestions: { scorer: (answer) => mark(rubricOf.get(answer)!, answer).mark, answers: mixed, runs },
    groupedQuestions: {
      scorer: (answer) => mark(rubricOf.get(answer)!, answer).mark,
      answers: grouped,
      runs,
    },
    tokenizer: { scorer: createTokenizerBaseline(), answers: corpus.answers, runs },
    tfidf: { scorer: createTfIdfBaseline(target.rubric), answers: corpus.answers.slice(0, 500), runs },
    compromise: {
      scorer: createCompromiseBaseline(target.rubric),
      answers: corpus.answers.slice(0, 200),
      runs: Math.min(runs, 3),
    },
  });

  // Warm-up: one long answer of every kind, with other text (another seed), so each code path is
  // compiled by V8 before it is timed, as in a server that has marked a few answers, and no timed
  // answer finds its own words already memoised.
  const warmUp = buildCorpus(target.rubric, {
    fixturesDir: join(ROOT, 'fixtures', 'answers'),
    count: 1,
    seed: 1954,
  }).long;
  for (const { answer } of warmUp) sink += mark(target, answer).mark;
  const long = corpus.long.map(({ kind, answer }) => {
    const start = process.hrtime.bigint();
    sink += mark(target, answer).mark;
    return { kind, ms: Number(process.hrtime.bigint() - start) / 1e6 };
  });
  const slowest = long.reduce((worst, item) => (item.ms > worst.ms ? item : worst));
  const meanMark =
    corpus.answers.slice(0, 500).reduce((sum, answer) => sum + mark(target, answer).mark, 0) / 500;

  const figures = {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    machine: { cpus: cpus().length, loadAverage1m: Math.round(loadavg()[0]! * 100) / 100 },
    rubric: target.id,
    answers: corpus.answers.length,
    meanWords: corpus.meanWords,
    sentencesFrom: { fixtureAnswers: corpus.fixtureAnswers, sentences: corpus.sentences },
    runs,
    perSecond: {
      ours: ours.perSecond,
      oursEveryQuestionInTurn: mixedQuestions.perSecond,
      oursQuestionByQuestion: groupedQuestions.perSecond,
      compromise: compromise.perSecond,
      tfidf: tfidf.perSecond,
      tokenizer: tokenizer.perSecond,
    },
    runsPerSecond: {
      ours: ours.runs,
      oursEveryQuestionInTurn: mixedQuestions.runs,
      oursQuestionByQuestion: groupedQuestions.runs,
      compromise: compromise.runs,
      tfidf: tfidf.runs,
      tokenizer: tokenizer.runs,
    },
    oursVsCompromise: Math.round((ours.perSecond / compromise.perSecond) * 10) / 10,
    tokenizerVsOurs: Math.round((tokenizer.perSecond / ours.perSecond) * 100) / 100,
    meanMarkOnCorpus: Math.round(meanMark * 100) / 100,
    rubricsCompiled: compiled.length,
    compileAllMs: Math.round(compileMs),
    rssMb: { before: mb(rssBefore), allCompiled: mb(rssCompiled) },
    long: {
      answers: long.length,
      chars: 50_000,
      slowestMs: Math.round(slowest.ms * 10) / 10,
      slowestKind: slowest.kind,
      medianMs: Math.round(median(long.map((l) => l.ms)) * 10) / 10,
    },
  };

  const rows: Array<[string, number, number]> = [
    ['ours: mark(compiled, answer)', ours.perSecond, corpus.answers.length],
    [
      `ours, ${compiled.length} questions, one at a time (no target)`,
      groupedQuestions.perSecond,
      grouped.length,
    ],
    [`ours, the same, taken in turn (no target)`, mixedQuestions.perSecond, mixed.length],
    ['(a) compromise .has() per point', compromise.perSecond, 200],
    ['(b) natural TF-IDF cosine vs model answers', tfidf.perSecond, 500],
    ['(c) natural WordTokenizer only (the limit)', tokenizer.perSecond, corpus.answers.length],
  ];
  const out: string[] = [
    `engine benchmark: ${figures.rubric}, ${figures.answers} answers of ~${figures.meanWords} words (seed 1953, built from ${corpus.sentences} sentences), Node ${figures.node}, median of ${runs} runs, the methods' runs interleaved`,
    `machine: ${figures.machine.cpus} CPUs, 1-minute load average ${figures.machine.loadAverage1m} at the start (a busy machine lowers every rate: compare rows of one run)`,
    '',
    `| ${pad('method', 44)} | ${pad('answers/s', 10, true)} | ${pad('ours ÷ this', 11, true)} | ${pad('answers timed', 13, true)} |`,
    `|${'-'.repeat(46)}|${'-'.repeat(11)}:|${'-'.repeat(12)}:|${'-'.repeat(14)}:|`,
    ...rows.map(
      ([name, perSecond, timed]) =>
        `| ${pad(name, 44)} | ${pad(fmt(perSecond), 10, true)} | ${pad(`${ratio(ours.perSecond / perSecond)}x`, 11, true)} | ${pad(String(timed), 13, true)} |`,
    ),
    '',
    `| ${pad('target', 44)} | ${pad('measured', 10, true)} | ${pad('goal', 11, true)} | ${pad('result', 13, true)} |`,
    `|${'-'.repeat(46)}|${'-'.repeat(11)}:|${'-'.repeat(12)}:|${'-'.repeat(14)}:|`,
  ];
  const check = (name: string, measured: string, goal: string, ok: boolean): void => {
    out.push(
      `| ${pad(name, 44)} | ${pad(measured, 10, true)} | ${pad(goal, 11, true)} | ${pad(ok ? 'met' : 'MISSED', 13, true)} |`,
    );
  };
  check(
    'answers/s, ours',
    fmt(ours.perSecond),
    `>= ${fmt(TARGETS.perSecond)}`,
    ours.perSecond >= TARGETS.perSecond,
  );
  check(
    'ours vs (a) compromise',
    `${fmt(figures.oursVsCompromise)}x`,
    `>= ${TARGETS.vsCompromise}x`,
    figures.oursVsCompromise >= TARGETS.vsCompromise,
  );
  check(
    '(c) tokenizer vs ours',
    `${fmt(figures.tokenizerVsOurs)}x`,
    `<= ${TARGETS.vsTokenizer}x`,
    figures.tokenizerVsOurs <= TARGETS.vsTokenizer,
  );
  check(
    `RSS, ${compiled.length} rubrics compiled (before: ${fmt(figures.rssMb.before)})`,
    `${fmt(figures.rssMb.allCompiled)} MB`,
    `< ${TARGETS.rssMb} MB`,
    figures.rssMb.allCompiled < TARGETS.rssMb,
  );
  check(
    `slowest of ${long.length} 50,000-char answers`,
    `${fmt(figures.long.slowestMs)} ms`,
    `< ${TARGETS.slowestMs} ms`,
    figures.long.slowestMs < TARGETS.slowestMs,
  );
  out.push(
    '',
    `compile all rubrics: ${figures.compileAllMs} ms; slowest long answer: ${slowest.kind}; median long answer ${fmt(figures.long.medianMs)} ms; mean mark on the corpus ${figures.meanMarkOnCorpus}`,
  );
  if (loaded.issues.length > 0)
    out.push(`note: ${loaded.issues.length} rubric issue(s) while loading; run essay-feedback lint`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (args.json) process.stdout.write(`${JSON.stringify({ ...figures, sink: sink > 0 })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `bench:engine failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
