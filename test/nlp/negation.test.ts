import { negatedTokens, negationCueBefore, tokenize } from '../../src/nlp';

/** The words of `text` that fall inside an odd number of negation scopes. */
function negatedWords(text: string): string[] {
  const { tokens } = tokenize(text);
  const negated = negatedTokens(tokens);
  return tokens.filter((_, i) => negated[i] === 1).map((t) => t.norm);
}

describe('negation scope', () => {
  it.each([
    ['Beria was not arrested', ['arrested']],
    ["Beria wasn't arrested", ['arrested']],
    ['Beria wasnt arrested', ['arrested']],
    ['there was no clear successor', ['clear', 'successor']],
    ['the lack of a successor', ['of', 'a', 'successor']],
    ['Stalin never named an heir', ['named', 'an', 'heir']],
    ['Stalin failed to name an heir', ['to', 'name', 'an', 'heir']],
    ['Stalin was unwilling to name an heir', ['to', 'name', 'an', 'heir']],
    ['It was impossible for Beria to seize power', ['for', 'beria', 'to', 'seize', 'power']],
    ['It was impossible to rule without the army', []],
    ['the plot failed and Beria fled', []],
    // A clause of time is taken for granted: Stalin did die, Beria was arrested.
    ['Beria was not arrested when Stalin died', ['arrested']],
    ["the troops stopped Beria's men from fighting back when he was arrested", ['fighting', 'back']],
    [
      'Khrushchev was not popular with the Stalinists after the Secret Speech',
      ['popular', 'with', 'the', 'stalinists'],
    ],
    ['Stalin did not name a successor before he died', ['name', 'a', 'successor']],
    ['Beria was not trusted during the purges', ['trusted']],
    // ... but a scope that opens with a word of time reads on.
    ['nobody after him could rule alone', ['after', 'him', 'could', 'rule', 'alone']],
    ['nobody trusted Beria', ['trusted', 'beria']],
    [
      'neither Malenkov nor Molotov had a power base',
      ['malenkov', 'nor', 'molotov', 'had', 'a', 'power', 'base'],
    ],
  ])('in %j negates %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it.each([
    ['not only the army but also the party', 'only'],
    ["Beria didn't just control the secret police", 'just'],
    ['there is no doubt Beria was feared', 'doubt'],
  ])('does not treat %j as a denial', (text) => {
    expect(negatedWords(text)).toEqual([]);
  });

  it.each([
    'Khrushchev did not have Beria shot until December 1953',
    'It was not until 1955 that Malenkov resigned as Premier',
    "Khrushchev couldn't get rid of his rivals until 1957",
  ])('reads "not ... until" a date as saying when it happened, not that it never did: %j', (text) => {
    expect(negatedWords(text)).toEqual([]);
  });

  it.each([
    ["It wasn't Malenkov who gave the Secret Speech", ['malenkov']],
    ['It was not the army that arrested Beria', ['the', 'army']],
    ['It is not Beria who the people feared', ['beria']],
    // "that" opening what is denied, not a relative clause: the whole of it stays denied.
    ['It was not true that Beria was popular', ['true', 'that', 'beria', 'was', 'popular']],
    ['It was not the case that Beria was popular', ['the', 'case', 'that', 'beria', 'was', 'popular']],
    // A word of knowing before "who" opens what is unknown: no cleft, the whole of it is denied.
    [
      'It was not clear who would be the next leader',
      ['clear', 'who', 'would', 'be', 'the', 'next', 'leader'],
    ],
    ["It wasn't obvious who would take over", ['obvious', 'who', 'would', 'take', 'over']],
  ])('in the cleft %j negates only its focus, %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it('keeps the denial of a "not ... until" that waits for no date', () => {
    expect(negatedWords('Beria was not arrested until the army came')).toEqual([
      'arrested',
      'until',
      'the',
      'army',
      'came',
    ]);
  });

  it.each([
    ['the scope ends at a comma', 'Beria was not arrested, Malenkov resigned', ['arrested']],
    ['the scope ends at "but"', 'he was not Premier but he led the Party', ['premier']],
    ['the scope ends at "because"', 'Beria did not resist because the army surrounded him', ['resist']],
    [
      'the scope is at most eight words',
      'no one in the whole of the inner circle around Stalin could rival Beria',
      ['one', 'in', 'the', 'whole', 'of', 'the', 'inner', 'circle'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it.each([
    'Without the soldiers on his side the plotters would never have dared',
    "Khrushchev could not have won without the army's support",
    "Khrushchev couldn't have arrested Beria without the army's support",
    'No one could have won without the army',
  ])('reads a negated perfect paired with "without" as a counterfactual that affirms both: %j', (text) => {
    expect(negatedWords(text)).toEqual([]);
  });

  it('keeps the denial of a plain modal paired with "without", cancelling only where both reach', () => {
    // Criticism was ruled out; the damage is what criticism would have done.
    expect(negatedWords('they could not criticise him without damaging communism')).toEqual([
      'criticise',
      'him',
      'without',
    ]);
  });

  it.each([
    "No leader could win without the army's support",
    'None of them could rule without the army',
    "it was not possible to rule without the army's support",
    "Without the army's support, no leader could win",
    "Without the army's support, it was not possible to rule",
  ])(
    'reads a general denial of doing something "without" as saying it was needed, affirming both: %j',
    (text) => {
      expect(negatedWords(text)).toEqual([]);
    },
  );

  it.each([
    // "no" inside the object is no subject: the successor is still denied.
    [
      'Stalin left no successor who could rule without a fight',
      ['successor', 'who', 'could', 'rule', 'without'],
    ],
    // "without" in another clause is no condition of the general denial.
    [
      'Beria was arrested without a struggle, and no one could save him',
      ['a', 'struggle', 'one', 'could', 'save', 'him'],
    ],
  ])(
    'keeps the denial of a modal paired with "without" that is no general statement: %j',
    (text, expected) => {
      expect(negatedWords(text)).toEqual(expected);
    },
  );

  it.each([
    'Nobody could rule the USSR unless the generals were on their side',
    'No leader could stay in power unless the army backed him',
    'Unless the generals backed him, nobody could rule',
    'Khrushchev could not have won unless the army backed him',
  ])(
    'reads a general denial or a negated perfect ended by "unless" as a condition, denying nothing: %j',
    (text) => {
      expect(negatedWords(text)).toEqual([]);
    },
  );

  it.each([['Stalin did not name a successor unless you count Malenkov', ['name', 'a', 'successor']]])(
    'denies only the words before "unless" in %j',
    (text, expected) => {
      expect(negatedWords(text)).toEqual(expected);
    },
  );

  it.each([
    "Khrushchev could not win without the army's support",
    "Khrushchev was not able to rule without the army's support",
    'Beria could not be arrested without the army',
    "Khrushchev couldn't defeat his rivals without Zhukov",
    "Without Zhukov's troops, the plotters could not arrest Beria",
    'Khrushchev could not win unless the army backed him',
  ])(
    'reads what someone could not do without a thing or a person as needing it, affirming both: %j',
    (text) => {
      expect(negatedWords(text)).toEqual([]);
    },
  );

  it.each([
    ['they could not criticise him without damaging communism', ['criticise', 'him', 'without']],
    ['Khrushchev could not attack Stalin without attacking himself', ['attack', 'stalin', 'without']],
  ])('keeps the denial when "without" names an act: %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it('keeps a general denial as a denial when its "without" is in another clause', () => {
    expect(negatedWords('Beria was arrested without a trial, and it was not possible to save him')).toEqual(
      expect.arrayContaining(['possible', 'to', 'save', 'him']),
    );
  });

  it.each([
    "Without Zhukov's support Khrushchev would have lost in 1957",
    'Without the army, Khrushchev might have been arrested himself',
  ])('reads "without" before a would/could/might have as a counterfactual that affirms it: %j', (text) => {
    expect(negatedWords(text)).toEqual([]);
  });

  it.each([
    [
      'Without a clear successor there would be a struggle',
      expect.arrayContaining(['a', 'clear', 'successor']),
    ],
    ['Beria was arrested without a trial, and the army would have shot him anyway', ['a', 'trial']],
  ])('keeps "without" a denial with no counterfactual perfect in its clause: %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it('keeps a plain "without" and a negation in another clause as denials', () => {
    expect(negatedWords('Beria was arrested without a struggle')).toEqual(['a', 'struggle']);
    expect(negatedWords('Stalin did not name a successor, and without one the leaders fought')).toEqual(
      expect.arrayContaining(['name', 'a', 'successor']),
    );
  });

  it.each([
    ['Khrushchev never lost control of the Party', ['lost']],
    ["Malenkov didn't lose his place on the Presidium", ['lose']],
    ['Nobody doubted that Beria controlled the secret police', ['doubted']],
    ['no one doubted that Beria controlled the secret police', ['one', 'doubted']],
    ['nobody seriously doubted that Beria controlled the secret police', ['seriously', 'doubted']],
    ['It is not surprising that the others feared Beria', ['surprising']],
    ['Khrushchev rose without losing the support of the Party', ['losing']],
  ])(
    'reads a negated verb of losing, doubting or surprise as affirming what follows it: %j',
    (text, expected) => {
      expect(negatedWords(text)).toEqual(expected);
    },
  );

  it.each([
    ["Khrushchev couldn't live up to Stalin's godlike image", ['live', 'up', 'to']],
    ["Malenkov could not match Khrushchev's support in the Party", ['match']],
    ['nobody could replace Stalin', ['could', 'replace']],
    ['Beria did not escape punishment', ['escape']],
    ['Malenkov was not replaced by Khrushchev at once', ['replaced']],
  ])('denies a verb that takes its object for granted, and not its object: %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it.each([
    ['People were no longer living in fear', ['longer', 'living', 'in', 'fear']],
    ['No one could replace Stalin', ['one', 'could', 'replace', 'stalin']],
  ])('keeps the whole scope where the verb is no such verb, or comes too late: %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it.each([
    ['Khrushchev never trusted the others and lost control of the Party', ['trusted', 'the', 'others']],
    [
      'no leader who lost the support of the army could survive',
      ['leader', 'who', 'lost', 'the', 'support', 'of', 'the', 'army'],
    ],
  ])('keeps a negation whose verb of losing comes later as a denial: %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it.each([
    ["Khrushchev didn't hesitate to have Beria arrested", ['hesitate']],
    ['Khrushchev hesitated to attack Malenkov', ['to', 'attack', 'malenkov']],
    ['Stalin forgot to name an heir', ['to', 'name', 'an', 'heir']],
  ])('reads verbs that deny what follows "to": %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it.each([
    ['the army stopped Beria from seizing power', ['seizing', 'power']],
    ['Khrushchev prevented Malenkov from gaining support', ['gaining', 'support']],
    ['nobody could stop Khrushchev from arresting Beria', ['could', 'stop', 'khrushchev', 'from']],
    ['Khrushchev stopped the purges', []],
  ])('reads verbs of preventing as denying what follows "from": %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it.each([
    [
      'If Stalin had named an heir, there would have been no power struggle',
      ['named', 'an', 'heir', 'have', 'been', 'no'],
    ],
    ['Had the army backed Beria, he would have won', ['backed', 'beria', 'have', 'won']],
    ['If Stalin had not died, Beria would have been safe', ['have', 'been', 'safe']],
    [
      'Had Khrushchev not controlled the Party, he would never have been able to appoint his own supporters',
      ['never'],
    ],
  ])('reads both halves of a counterfactual conditional as contrary to fact: %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it('keeps the usual eight-word scope for a plain "couldn\'t", which is no consequent', () => {
    expect(negatedWords("Beria couldn't stop the army or the party or the police or anyone else")).toEqual([
      'stop',
      'the',
      'army',
      'or',
      'the',
      'party',
      'or',
      'the',
    ]);
  });

  it.each([
    'If Beria had the files, he could blackmail them',
    'If Stalin had named anyone, it was Malenkov',
    'With Zhukov and the army behind them, Khrushchev had Beria arrested',
    'With Zhukov and the army behind them, had Beria arrested in June',
  ])('reads an "if" or "had" that opens no counterfactual as denying nothing: %j', (text) => {
    expect(negatedWords(text)).toEqual([]);
  });
});

describe('the cue a negated word is quoted from', () => {
  it.each([
    ['Stalin never named an heir', 'heir', 'never'],
    ['Beria was not arrested', 'arrested', 'not'],
    ["Beria wasn't arrested", 'arrested', 'was'],
    ['Stalin failed to name an heir', 'name', 'failed'],
    ['the plot failed and Beria fled', 'fled', null],
    ['Beria was not arrested but Molotov was sacked', 'sacked', null],
  ])('in %j quotes %j from %j', (text, word, cue) => {
    const { tokens } = tokenize(text);
    const at = negationCueBefore(
      tokens,
      tokens.findIndex((t) => t.norm === word),
    );
    expect(at < 0 ? null : tokens[at]!.norm).toBe(cue);
  });
});
