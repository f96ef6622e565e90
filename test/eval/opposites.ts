/**
 * Mines pairs of opposites from reference answers: where two reference answers of one question
 * say the same thing with opposite polarity ("not connected" / "separated by a gap"), the word
 * one denies and the word only the other affirms are opposites (connected <-> gap, connected <->
 * separated). A pair counts once per question; only pairs seen in several questions are kept,
 * which drops the accidents of one question ("separated" / "state"), and a pair that some
 * reference sentence affirms together ("the same ... battery") is no pair of opposites.
 */
import { findMentions, type Mention } from '../../src/agreement/draft-concepts';
import type { SemevalQuestion } from '../../src/agreement/semeval';

export interface MinedOpposite {
  pair: [string, string];
  /** The questions whose reference answers state it. */
  questions: string[];
}

/** A reference with more new words than this is saying something else, not rephrasing. */
const MAX_NEW_WORDS = 2;
const CONTENT = new Set(['noun', 'verb', 'adjective']);

function keys(mentions: readonly Mention[]): Set<string> {
  return new Set(mentions.map((m) => m.key));
}

/** The keys each sentence affirms. */
function affirmedBySentence(mentions: readonly Mention[]): Array<Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.negated) continue;
    const keys = out.get(m.sentence) ?? new Set<string>();
    keys.add(m.key);
    out.set(m.sentence, keys);
  }
  return [...out.values()];
}

/** Pairs (denied word, affirmed word) that reference `b` offers in place of a word `a` denies. */
function pairsBetween(
  a: readonly Mention[],
  b: readonly Mention[],
  inQuestion: Set<string>,
): Array<[Mention, Mention]> {
  const inA = keys(a);
  const inB = keys(b);
  const fresh = b.filter(
    (m) => !m.negated && CONTENT.has(m.kind) && !inA.has(m.key) && !inQuestion.has(m.key),
  );
  const freshKeys = new Set(fresh.map((m) => m.key));
  // "Equivalent" needs something in common besides the two words: the rest of the sentence.
  const shared = [...inA].filter((k) => inB.has(k)).length;
  // The rephrasing must be affirmative: "not separated from the negative terminal" beside "not
  // connected" says nothing about "negative".
  if (b.some((m) => m.negated)) return [];
  if (freshKeys.size === 0 || freshKeys.size > MAX_NEW_WORDS || shared === 0) return [];
  const out: Array<[Mention, Mention]> = [];
  for (const denied of a) {
    if (!denied.negated || !CONTENT.has(denied.kind) || inB.has(denied.key)) continue;
    for (const m of fresh) out.push([denied, m]);
  }
  return out;
}

/**
 * Opposites stated by the reference answers of at least `minSupport` questions, most supported first.
 * @example mineOpposites(trainingQuestions, { minSupport: 3 })[0].pair // ['connected', 'gap']
 */
export function mineOpposites(
  questions: readonly SemevalQuestion[],
  options: { minSupport: number },
): MinedOpposite[] {
  const seen = new Map<string, { pair: [string, string]; questions: Set<string> }>();
  const together = new Set<string>();
  for (const q of questions) {
    for (const r of q.references)
      for (const sentence of affirmedBySentence(findMentions(r.text)))
        for (const x of sentence) for (const y of sentence) if (x < y) together.add(`${x}|${y}`);
    const inQuestion = keys(findMentions(q.text));
    const refs = q.references.map((r) => findMentions(r.text)).filter((m) => m.length > 0);
    refs.forEach((a, i) =>
      refs.forEach((b, j) => {
        if (i === j) return;
        for (const [x, y] of pairsBetween(a, b, inQuestion)) {
          // Grouped by stem (connected, connect), shown in dictionary form.
          const [first, second] = x.key < y.key ? [x, y] : [y, x];
          const id = `${first.key}|${second.key}`;
          const entry = seen.get(id) ?? { pair: [first.root, second.root], questions: new Set<string>() };
          entry.questions.add(q.id);
          seen.set(id, entry);
        }
      }),
    );
  }
  return [...seen.entries()]
    .filter(([id, e]) => e.questions.size >= options.minSupport && !together.has(id))
    .map(([, e]) => ({ pair: e.pair, questions: [...e.questions].sort() }))
    .sort((x, y) => y.questions.length - x.questions.length || x.pair.join().localeCompare(y.pair.join()));
}
