import { irregularForms } from '../../src/scoring/inflections';

describe('irregular word forms', () => {
  it.each([
    ['choose', ['chose', 'chosen']],
    ['chosen', ['choose', 'chose']],
    ['shoot', ['shot']],
    ['overthrow', ['overthrew', 'overthrown']],
    ['keep', ['kept']],
    ['become', ['became']],
    ['lead', ['led']],
  ])('joins %s to %j, in either direction', (word, forms) => {
    expect(irregularForms(word)).toEqual(expect.arrayContaining(forms));
    for (const form of forms) expect(irregularForms(form)).toContain(word);
  });
});
