/**
 * Questions. A sentence that ends in a question mark asks rather than asserts: "Did Beria control
 * the secret police?" states no fact and explains nothing, so it earns nothing.
 */
import type { TokenizedText } from './tokens';

const QUESTION_MARK = 63;
// The full-width question mark of Chinese and Japanese input methods.
const FULL_WIDTH_QUESTION_MARK = 0xff1f;
// Gaps are short (a full stop, a space or two); a long one (markup, a run of spaces) is read this far.
const LOOK = 200;

/**
 * 1 for each sentence that ends in a question mark (read between its last word and the next
 * sentence's first, so "...?" and "?!" count).
 * @example questionSentences('Did he win? He did.', tokenize('Did he win? He did.')) // [1, 0]
 */
export function questionSentences(answer: string, text: TokenizedText): Uint8Array {
  const { sentences } = text;
  const out = new Uint8Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    const from = sentences[s]!.end;
    const to = Math.min(s + 1 < sentences.length ? sentences[s + 1]!.start : answer.length, from + LOOK);
    for (let i = from; i < to; i++) {
      const c = answer.charCodeAt(i);
      if (c === QUESTION_MARK || c === FULL_WIDTH_QUESTION_MARK) {
        out[s] = 1;
        break;
      }
    }
  }
  return out;
}
