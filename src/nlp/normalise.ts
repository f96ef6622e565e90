/**
 * Word normalisation: the form a token is compared in. Case, accents, curly quotes and
 * possessives never change whether a word matches a rubric.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[’‘`´]/g;
// Invisible characters that text pasted from a web page, a PDF or a word processor carries inside
// words: soft hyphen, zero-width space, non-joiner and joiner, word joiner, byte order mark.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Clitics dropped after an apostrophe: Stalin's -> stalin, they're -> they.
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);
const NEGATED_BASES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
// Contractions written without the apostrophe ("didnt", "wasnt") still negate.
const BARE_NEGATIONS = new Set(
  'didnt doesnt dont wasnt werent isnt arent couldnt wouldnt shouldnt hadnt hasnt havent wont cant mustnt neednt'.split(
    ' ',
  ),
);

/** A normalised word and whether it carried a negating n't. */
export interface NormalisedWord {
  norm: string;
  negated: boolean;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Folds case and accents, straightens quotes, drops invisible characters ("ar\u00ADrested" is
 * "arrested") and unfolds the ligatures and full-width letters of text copied from a PDF or an
 * East Asian keyboard ("ﬁrst", "Ｂｅｒｉａ"). Safe on any string, lone surrogates included.
 * @example foldText('Khrushchëv’s') // "khrushchev's"
 */
export function foldText(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  return text
    .replace(APOSTROPHES, "'")
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase();
}

/**
 * Normalises one token as the tokenizer found it.
 * @example normaliseWord("didn't") // { norm: 'did', negated: true }
 */
export function normaliseWord(raw: string): NormalisedWord {
  const folded = foldText(raw);
  const apostrophe = folded.indexOf("'");
  if (apostrophe < 0) {
    if (BARE_NEGATIONS.has(folded)) {
      const base = folded.slice(0, -2);
      return { norm: NEGATED_BASES[base] ?? base, negated: true };
    }
    return { norm: folded, negated: false };
  }
  if (folded.endsWith("n't")) {
    const base = folded.slice(0, -3);
    return { norm: NEGATED_BASES[base] ?? base, negated: true };
  }
  const suffix = folded.slice(apostrophe + 1);
  if (CLITICS.has(suffix)) return { norm: folded.slice(0, apostrophe), negated: false };
  return { norm: folded, negated: false };
}
