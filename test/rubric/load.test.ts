import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRubricDir, loadRubricFile } from '../../src/rubric';
import { tinyRubric } from '../scoring/tiny-rubric';

describe('loading rubrics', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rubrics-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, data: unknown): void {
    writeFileSync(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  }

  it('loads the good rubrics, leaves the bad ones out and reports each by file and pointer', async () => {
    write('a-good.json', tinyRubric({ id: 'good' }));
    write('b-typo.json', { ...tinyRubric({ id: 'typo' }), maxMark: 'twelve' });
    write('c-broken.json', '{ "id": "broken", ');
    write('rubric.schema.json', { not: 'a rubric' });
    write('lexicon.json', { schemaVersion: 1, synonyms: [['MVD', 'secret police']] });
    const loaded = await loadRubricDir(dir);
    expect(loaded.rubrics.map((r) => r.id)).toEqual(['good']);
    expect(loaded.lexicon.synonyms).toEqual([['MVD', 'secret police']]);
    expect(loaded.issues).toEqual([
      expect.objectContaining({ file: join(dir, 'b-typo.json'), pointer: '/maxMark' }),
      expect.objectContaining({
        file: join(dir, 'c-broken.json'),
        message: expect.stringContaining('line 1'),
      }),
    ]);
  });

  it('keeps the first of two rubrics with the same id', async () => {
    write('a.json', tinyRubric({ id: 'same' }));
    write('b.json', tinyRubric({ id: 'same', title: 'Second' }));
    const loaded = await loadRubricDir(dir);
    expect(loaded.rubrics.map((r) => r.title)).toEqual(['Tiny']);
    expect(loaded.issues).toEqual([expect.objectContaining({ file: join(dir, 'b.json'), pointer: '/id' })]);
  });

  it('reports a bad lexicon and carries on with an empty one', async () => {
    write('a.json', tinyRubric());
    write('lexicon.json', { schemaVersion: 1, synonyms: [['lonely']] });
    const loaded = await loadRubricDir(dir);
    expect(loaded.rubrics).toHaveLength(1);
    expect(loaded.lexicon.synonyms).toEqual([]);
    expect(loaded.issues).toEqual([expect.objectContaining({ pointer: '/synonyms/0' })]);
  });

  it('reports a missing directory instead of throwing', async () => {
    const loaded = await loadRubricDir(join(dir, 'nope'));
    expect(loaded.rubrics).toEqual([]);
    expect(loaded.issues).toEqual([expect.objectContaining({ message: expect.stringContaining('ENOENT') })]);
  });

  it('loads one file, or says why not', async () => {
    write('a.json', tinyRubric());
    await expect(loadRubricFile(join(dir, 'a.json'))).resolves.toMatchObject({
      ok: true,
      rubric: { id: 'tiny' },
    });
    await expect(loadRubricFile(join(dir, 'missing.json'))).resolves.toMatchObject({ ok: false });
  });

  it('looks up WordNet synonyms for the rubric words that ask for them', async () => {
    write('a.json', tinyRubric({ wordnet: ['fear'] }));
    const loaded = await loadRubricDir(dir, { wordnet: true });
    expect(loaded.wordnet.fear).toEqual(expect.arrayContaining(['fright']));
  });
});
