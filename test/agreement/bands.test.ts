import { applyBands, fitBands } from '../../src/agreement/bands';
import { bestOverlap, contentStems } from '../../src/agreement/lexical-overlap';

describe('lexical overlap', () => {
  it('compares content-word stems, ignoring stop words and inflection', () => {
    expect([...contentStems('The water was evaporated')]).toEqual(['water', 'evapor']);
    // answer {water, evapor}, reference {water, evapor, leav, salt}: P 1, R .5, F1 .667
    expect(bestOverlap('the water evaporating', ['The water was evaporated, leaving the salt.'])).toBe(
      0.6667,
    );
  });

  it('uses the closest of several reference answers', () => {
    expect(
      bestOverlap('terminals are connected', ['there is no gap', 'terminals 1 and 2 are connected']),
    ).toBe(1);
  });

  it('scores an empty answer 0', () => {
    expect(bestOverlap('', ['salt'])).toBe(0);
  });
});

describe('score bands', () => {
  const items = [0.1, 0.2, 0.3, 0.6, 0.7, 0.9].map((score, i) => ({
    score,
    label: i < 3 ? 'incorrect' : 'correct',
  }));

  it('finds the cut that separates the labels on training answers', () => {
    const bands = fitBands(items, ['correct', 'incorrect'], 2);
    expect(bands).toEqual({ cuts: [0.45], labels: ['incorrect', 'correct'] });
    expect(applyBands(bands, 0.44)).toBe('incorrect');
    expect(applyBands(bands, 0.45)).toBe('correct');
  });

  it('gives a middle band its own label when three are allowed', () => {
    const three = [...items, { score: 0.5, label: 'contradictory' }, { score: 0.52, label: 'contradictory' }];
    const bands = fitBands(three, ['correct', 'contradictory', 'incorrect'], 3);
    expect(bands.labels).toEqual(['incorrect', 'contradictory', 'correct']);
  });

  it('falls back to the majority label when one band is asked for', () => {
    expect(fitBands(items.slice(0, 4), ['correct', 'incorrect'], 1)).toEqual({
      cuts: [],
      labels: ['incorrect'],
    });
  });
});
