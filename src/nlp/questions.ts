/**
 * Questions. A sentence that ends in a question mark asks rather than asserts: "Did Beria control
 * the secret police?" states no fact and explains nothing, so it earns nothing. When the question
 * is only the sentence's last part, after a semicolon, colon or bracket ("Beria controlled the
 * secret police; who could stop him?"), only that part is the question.
 */
import type { Token, TokenizedText } from './tokens';

const QUESTION_MARK = 63;
// The full-width question mark of Chinese and Japanese input methods.
const FULL_WIDTH_QUESTION_MARK = 0xff1f;
// Gaps are short (a full stop, a space or two); a long one (markup, a run of spaces) is read this far.
const LOOK = 200;
// ; : ( ) and the full-width semicolon and colon: they set a question apart from what came before.
const STRONG_BREAKS = new Set([59, 58, 40, 41, 0xff1b, 0xff1a]);

function endsWithQuestionMark(answer: string, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + LOOK); i++) {
    const c = answer.charCodeAt(i);
    if (c === QUESTION_MARK || c === FULL_WIDTH_QUESTION_MARK) return true;
  }
  return false;
}

function strongBreakBetween(answer: string, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + LOOK); i++)
    if (STRONG_BREAKS.has(answer.charCodeAt(i))) return true;
  return false;
}

/** The first token of the question that ends sentence `s`: its last part after a strong break. */
function questionStart(answer: string, tokens: readonly Token[], first: number, end: number): number {
  for (let k = end - 1; k > first; k--) {
    if (
      tokens[k]!.clause !== tokens[k - 1]!.clause &&
      strongBreakBetween(answer, tokens[k - 1]!.end, tokens[k]!.start)
    )
      return k;
  }
  return first;
}

/**
 * For each sentence, the first token of the question it ends with, or -1 when it asks nothing
 * (read between its last word and the next sentence's first, so "...?" and "?!" count).
 * @example questionStarts('Did he win? He did.', tokenize('Did he win? He did.')) // [0, -1]
 */
export function questionStarts(answer: string, text: TokenizedText): Int32Array {
  const { sentences, tokens } = text;
  const out = new Int32Array(sentences.length).fill(-1);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const next = s + 1 < sentences.length ? sentences[s + 1]!.start : answer.length;
    if (!endsWithQuestionMark(answer, sentence.end, next)) continue;
    out[s] = questionStart(answer, tokens, sentence.firstToken, sentence.endToken);
  }
  return out;
}
