import { sentenceSignals, tokenize } from '../../src/nlp';

function signals(text: string) {
  const { tokens, sentences } = tokenize(text);
  const mask = new Uint8Array(tokens.length);
  return sentences.map((s) => sentenceSignals(tokens, s, mask));
}

describe('sentence signals', () => {
  it.each([
    ['Beria controlled the secret police, so the others feared him.', 1],
    ['The others feared Beria because he controlled the secret police.', 1],
    ['The others feared Beria becuase he controlled the secret police.', 1],
    ['Khrushchev won by building alliances inside the Party.', 1],
    ['He used his post as First Secretary to appoint loyal supporters.', 1],
    ['Beria controlled the secret police and he had files on everyone.', 0],
    ['He told crude jokes, which made him popular with regional officials.', 1],
    ['This made him popular with ordinary members of the Party.', 1],
    ['He told crude jokes, which made him popular, so officials trusted him.', 2],
    ['People were relieved when Beria was shot, as he symbolised the terror.', 1],
    ['As they feared the secret police, the others turned on Beria.', 1],
    ['Molotov wanted to keep things as they were under Stalin.', 0],
    ['Zhukov backed Khrushchev in 1957, which protected him from the hardliners.', 1],
    ['Stalin had purged the Red Army, which kept the generals obedient to the Party.', 1],
    ['This weakened Malenkov, who relied on his government post.', 1],
    ['Stalin kept the generals under the control of the Party.', 0],
    ['The Party was never again as strong as it had been in the 1930s.', 0],
    ['He attacked Malenkov over consumer goods, which forced him to resign as Premier.', 1],
    ['This forced Malenkov to resign as Premier in 1955.', 1],
    ['Malenkov was forced to resign in 1955.', 0],
    ['He worked with Malenkov to arrest Beria in June 1953, which removed the most dangerous rival.', 1],
    ['This damaged Molotov and Malenkov, who had been close to Stalin.', 1],
    ['The Secret Speech attacked Stalin, which destroyed the reputation of Stalinists like Molotov.', 1],
    ['The Secret Speech attacked Stalin, and as a consequence Molotov was discredited.', 1],
    ['The army removed Beria from the meeting and damaged his plans.', 0],
    ['The army surrounded the Kremlin, and as a result Beria’s guards could do nothing.', 1],
    ['Khrushchev was as ruthless as Beria and as clever as Malenkov.', 0],
    ['Beria was feared as he was head of the secret police.', 1],
    ['The others turned on Beria as they feared his files.', 1],
    ['Beria was as feared as he was hated.', 0],
    ['Zhukov flew his supporters to Moscow, which saved him from the Anti-Party Group.', 1],
    ['He revealed Stalin’s crimes, which could make people lose faith in communism.', 1],
    ['The speech shocked the delegates, which would weaken the hardliners.', 1],
    ['He posed as a reformer, which won him support from Party members.', 1],
    ['Malenkov was blamed for the food shortages, which cost him his post.', 1],
    ['Khrushchev spoke to peasants just as he had in Ukraine.', 0],
    ['Malenkov wanted to leave the economy as it was.', 0],
  ])('counts the causal connectives in %j', (text, expected) => {
    expect(signals(text)[0]!.connectives).toBe(expected);
  });

  it('does not count a connective that opens a sentence with nothing after it', () => {
    expect(signals('Because Beria and Khrushchev wanted to lead.')[0]!.connectives).toBe(0);
    expect(signals('Because he was a peasant, Khrushchev spoke plainly to people.')[0]!.connectives).toBe(1);
  });

  it.each([
    ['Because Beria, Malenkov and Khrushchev all wanted to be the leader.', 0],
    ['Because Beria, Malenkov, and Khrushchev all wanted to lead.', 0],
    ['Because Beria, Malenkov, Molotov or Khrushchev could lead.', 0],
    ['Because Beria, Malenkov and Khrushchev all wanted power, they fought.', 1],
    ['Because of this, Beria and Malenkov joined forces against him.', 1],
    ['Because of Beria, Malenkov and Khrushchev joined forces.', 1],
  ])(
    'reads the commas of a list after an opening "Because" as no end of its clause: %j',
    (text, expected) => {
      expect(signals(text)[0]!.connectives).toBe(expected);
    },
  );

  it.each([
    ['Beria, secret police, Zhukov, army, Malenkov, Premier', false],
    ['Beria secret police files blackmail arrested', false],
    ['Beria controlled the secret police.', true],
    ['This made him stronger.', true],
  ])('reads %j as prose: %s', (text, prose) => {
    expect(signals(text)[0]!.prose).toBe(prose);
  });

  it('gives a keyword list no connectives even when it contains one', () => {
    expect(signals('Beria, because, Zhukov, so, army, therefore')[0]).toMatchObject({
      prose: false,
      connectives: 0,
    });
  });

  it.each([
    ['Overall the lack of a successor was the most important reason.', true],
    ['I think the army mattered most because it had the guns.', true],
    ['Beria was the head of the secret police.', false],
  ])('finds a judgement in %j: %s', (text, judgement) => {
    expect(signals(text)[0]!.judgement).toBe(judgement);
  });

  it('notices a sentence that points back at the one before', () => {
    const [first, second] = signals('Beria controlled the MVD. This meant that the others feared him.');
    expect(first!.refersBack).toBe(false);
    expect(second).toMatchObject({ refersBack: true, connectives: 1 });
  });
});
