import type { SemevalQuestion } from '../../src/agreement/semeval';
import { mineOpposites } from '../eval/opposites';

function question(id: string, text: string, references: string[]): SemevalQuestion {
  return {
    id,
    module: 'test',
    text,
    references: references.map((r, i) => ({ id: `r${i}`, category: null, text: r })),
    answers: [],
  };
}

const terminalQuestions = [1, 2, 3].map((n) =>
  question(`T${n}`, `Explain the reading for terminal ${n}.`, [
    `Terminal ${n} and the positive terminal are not connected`,
    `Terminal ${n} and the positive terminal are separated by a gap`,
  ]),
);

describe('mining opposites from reference answers', () => {
  it('pairs the word one reference denies with the words another affirms in its place', () => {
    const mined = mineOpposites(terminalQuestions, { minSupport: 3 });
    expect(mined.map((m) => m.pair)).toEqual([
      ['connect', 'gap'],
      ['connect', 'separate'],
    ]);
    expect(mined[0]!.questions).toEqual(['T1', 'T2', 'T3']);
  });

  it('keeps only pairs stated in at least the given number of questions', () => {
    expect(mineOpposites(terminalQuestions.slice(0, 2), { minSupport: 3 })).toEqual([]);
  });

  it('drops a pair that a reference affirms together in one sentence', () => {
    const together = question('T9', 'Why?', ['Terminal 9 is connected to the battery and there is a gap']);
    const mined = mineOpposites([...terminalQuestions, together], { minSupport: 3 });
    expect(mined.map((m) => m.pair)).toEqual([['connect', 'separate']]);
  });

  it('takes nothing from a rephrasing that is itself negative', () => {
    const q = [1, 2, 3].map((n) =>
      question(`N${n}`, 'Why?', [
        `Terminal ${n} and the positive terminal are not connected`,
        `Terminal ${n} is not in the same state as the negative terminal`,
      ]),
    );
    expect(mineOpposites(q, { minSupport: 1 })).toEqual([]);
  });
});
