import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { jsonLines, rubricFolder, runCli, testRubric } from './helpers';

const STRONG = 'Beria ran the secret police. Malenkov was premier at first. Beria was arrested in June 1953.';
const dir = rubricFolder({ 'test-beria.json': testRubric });
const mark = (args: string[], stdin?: string) =>
  runCli(['mark', '--rubrics', dir, '--rubric', 'test-beria', ...args], { stdin });

interface Evidence {
  start: number;
  end: number;
  text: string;
}
interface ResultLine {
  ref: unknown;
  mark: number;
  maxMark: number;
  points: Array<{ id: string; met: boolean; evidence: Evidence[] }>;
  error?: string;
  line?: number;
}

describe('essay-feedback mark', () => {
  it('marks JSONL from stdin and prints one result per answer, in order, with its ref', async () => {
    const input = [
      JSON.stringify({ ref: 'a1', answer: STRONG, name: 'ignored' }),
      JSON.stringify({ ref: 2, answer: '' }),
      JSON.stringify({ ref: 'a3', answer: 'Beria ran the secret police.' }),
    ].join('\n');
    const { code, stdout, stderr } = await mark(['-'], input);
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(0);
    expect(results.map((r) => r.ref)).toEqual(['a1', 2, 'a3']);
    expect(results.every((r) => r.maxMark === 9 && r.mark >= 0 && r.mark <= 9)).toBe(true);
    expect(results[0]!.mark).toBeGreaterThan(results[2]!.mark);
    expect(results[2]!.mark).toBeGreaterThan(results[1]!.mark);
    expect(results[1]!.mark).toBe(0);
    expect(stderr).toContain('marked 3 answers');
  });

  it('reports evidence that slices back to the answer exactly as given', async () => {
    const answer = 'Beria ran the “secret police” 🙂.\r\nMalenkov was PREMIER.';
    const { stdout } = await mark([], JSON.stringify({ ref: 'x', answer }));
    const [result] = jsonLines(stdout) as unknown as ResultLine[];
    const evidence = result!.points.flatMap((p) => p.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(answer.slice(e.start, e.end)).toBe(e.text);
  });

  it.each([
    ['malformed JSON', '{"ref": "b", "answer": ', /malformed JSON/],
    ['a missing answer', '{"ref": "b"}', /missing "answer"/],
    ['a non-string answer', '{"ref": "b", "answer": 42}', /"answer" must be a string, found a number/],
    ['an array instead of an object', '["b", "text"]', /expected a JSON object/],
    ['an object as ref', '{"ref": {"id": 1}, "answer": "x"}', /"ref" must be a string or a number/],
  ])(
    'writes an error record with the line number for %s and marks the other lines',
    async (_case, bad, message) => {
      const input = [
        JSON.stringify({ ref: 'first', answer: STRONG }),
        '',
        bad,
        JSON.stringify({ ref: 'last', answer: STRONG }),
      ].join('\n');
      const { code, stdout, stderr } = await mark([], input);
      const results = jsonLines(stdout) as unknown as ResultLine[];
      expect(code).toBe(1);
      expect(results).toHaveLength(3);
      expect(results[0]!.ref).toBe('first');
      expect(results[1]!.line).toBe(3);
      expect(results[1]!.error).toMatch(message);
      expect(results[2]).toMatchObject({ ref: 'last', maxMark: 9 });
      expect(stderr).toMatch(/1 line failed/);
    },
  );

  it('reads CSV with a BOM, CRLF line ends and quoted newlines, detected from the content', async () => {
    const csv =
      '\uFEFFref,answer\r\nc1,"Beria ran the secret police.\r\nMalenkov was premier."\r\nc2,"He said ""no"", then left."\r\n';
    const { code, stdout } = await mark([], csv);
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(0);
    expect(results.map((r) => r.ref)).toEqual(['c1', 'c2']);
    expect(results[0]!.points.filter((p) => p.met).map((p) => p.id)).toEqual(
      expect.arrayContaining(['secret-police', 'malenkov']),
    );
  });

  it('reads tab-separated answers pasted from a spreadsheet, commas in the answers kept', async () => {
    const tsv = 'ref\tanswer\nt1\tBeria, feared by all, ran the secret police.\nt2\tMalenkov was premier.\n';
    const { code, stdout } = await mark(['--input', 'csv'], tsv);
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(0);
    expect(results.map((r) => r.ref)).toEqual(['t1', 't2']);
    expect(results[0]!.points.find((p) => p.id === 'secret-police')?.met).toBe(true);
  });

  it('gives a CSV row with too few columns an error record with its line and keeps going', async () => {
    const csv = 'ref,answer\nc1,"two\nlines"\nc2\nc3,Beria was arrested.\n';
    const { code, stdout } = await mark([], csv);
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(1);
    expect(results.map((r) => [r.ref, r.line ?? null, r.error ?? null])).toEqual([
      ['c1', null, null],
      ['c2', 4, 'missing "answer" (too few columns)'],
      ['c3', null, null],
    ]);
  });

  it('marks every row of a hand-made CSV with quotes inside its answers, one result per row in order', async () => {
    const csv =
      'ref,answer\ns01,Beria ran the secret police.\ns02,"Beria" ran the NKVD.\n' +
      's03,Stalin called him "our Himmler" because he ran the MVD.\ns04,Beria was arrested.\n';
    const { code, stdout } = await mark([], csv);
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(0);
    expect(results.map((r) => [r.ref, r.error ?? null])).toEqual([
      ['s01', null],
      ['s02', null],
      ['s03', null],
      ['s04', null],
    ]);
    // The quotes are the student's: evidence offsets count them.
    const evidence = results[1]!.points.find((p) => p.id === 'secret-police')!.evidence;
    expect(evidence.map((e) => e.text)).toContain('NKVD');
    expect(evidence.find((e) => e.text === 'NKVD')!.start).toBe('"Beria" ran the '.length);
  });

  it('says where a quote that never closes opened and which lines it made unreadable', async () => {
    const csv =
      'ref,answer\ns01,Beria ran the secret police.\ns02,"Beria ran the NKVD.\ns03,Malenkov.\ns04,Molotov.\n';
    const { code, stdout } = await mark([], csv);
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(1);
    expect(results.map((r) => [r.ref, r.line ?? null])).toEqual([
      ['s01', null],
      [null, 3],
    ]);
    expect(results[1]!.error).toBe(
      'malformed CSV: a quote opened in this row is never closed, so lines 3-5 could not be read as answers ' +
        '(close the quote, or write "" for a quote inside a quoted answer)',
    );
  });

  it('gives a row split at an unquoted comma an error record instead of marking half the answer', async () => {
    const csv = 'ref,answer\ns1,Stalin left no successor, so Beria was feared\ns2,Beria was arrested.,\n';
    const { code, stdout } = await mark([], csv);
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(1);
    expect(results.map((r) => [r.ref, r.error ?? null])).toEqual([
      [
        's1',
        '3 cells, but the header names 2 columns: an answer that holds a comma must be in double quotes',
      ],
      ['s2', null],
    ]);
  });

  it.each([
    ['after blank lines', 'ref,answer\ns1,Beria.\n\n\ns2,"Beria ran\ns3,x\n', 5, 'lines 5-6'],
    ['in the header', 'ref,"answer\ns1,Beria.\n', 1, 'lines 1-2'],
  ])('names the line a never-closed quote opened on %s', async (_name, csv, line, lost) => {
    const { stdout } = await mark(['--input', 'csv'], csv);
    const failure = (jsonLines(stdout) as unknown as ResultLine[]).find((r) => r.error);
    expect(failure).toMatchObject({ line });
    expect(failure!.error).toContain(`so ${lost} could not be read`);
  });

  it('refuses a CSV header that names the answer column twice rather than guess', async () => {
    const { code, stdout } = await mark(['--input', 'csv'], 'ref,answer,answer\ns1,one,two\n');
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(1);
    expect(results[0]!.error).toMatch(/names the column "answer" twice/);
  });

  it('keeps the ref of a JSONL answer that is too long to mark', async () => {
    const { code, stdout } = await mark(
      ['--input', 'jsonl'],
      `${JSON.stringify({ ref: 'h1', answer: 'a'.repeat(1_000_001) })}\n`,
    );
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(1);
    expect(results.map((r) => [r.ref, r.error])).toEqual([
      ['h1', 'answer is longer than 1000000 characters'],
    ]);
  });

  it('refuses a CSV file whose header has no answer column', async () => {
    const { code, stdout } = await mark(['--input', 'csv'], 'id,comment\n1,hello\n');
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(1);
    expect(results[0]!.error).toMatch(/header must name an "answer" column .*found: id, comment/);
  });

  it("marks a spreadsheet's columns as named there: Student and Response, separated by semicolons", async () => {
    const csv =
      'Student;Response\n"Ana Ruiz";"Beria was arrested by Zhukov in 1953, which removed his threat."\n';
    const { code, stdout } = await mark(['--input', 'csv'], csv);
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(0);
    expect(results).toHaveLength(1);
    expect(results[0]!.error).toBeUndefined();
    expect(results[0]!.ref).toBe('Ana Ruiz');
    // Read from the Response column: the name alone would earn nothing.
    expect(results[0]!.mark).toBeGreaterThan(0);
  });

  it('writes CSV with --format csv: a header, then ref, mark, maxMark, level, points met, summary and next step', async () => {
    const file = join(dir, 'answers.jsonl');
    const weak = JSON.stringify({ ref: 'r3', answer: 'Beria ran the secret police.' });
    writeFileSync(file, `${JSON.stringify({ ref: 'r,1', answer: STRONG })}\n{"ref":"r2"}\n${weak}\n`);
    const { code, stdout } = await mark(['--format', 'csv', file]);
    const rows = parse(stdout, { columns: true }) as Array<Record<string, string | undefined>>;
    expect(code).toBe(1);
    expect(Object.keys(rows[0]!)).toEqual([
      'ref',
      'mark',
      'maxMark',
      'level',
      'pointsMet',
      'summary',
      'nextStep',
      'error',
    ]);
    expect(rows[0]).toMatchObject({ ref: 'r,1', maxMark: '9', error: '' });
    expect(rows[0]!.pointsMet!.split(' ')).toEqual(
      expect.arrayContaining(['secret-police', 'arrest', 'malenkov']),
    );
    expect(rows[0]!.summary!.length).toBeGreaterThan(0);
    expect(rows[1]).toMatchObject({ ref: 'r2', mark: '', nextStep: '', error: 'line 2: missing "answer"' });
    expect(rows[2]!.nextStep).toMatch(
      /^To reach Level 2: make another relevant point\. .*Make a second point\.$/,
    );
  });

  it('marks a spreadsheet whose other columns (two kinds of mark) it does not read', async () => {
    const csv = 'Student,Response,Marks,Score\nAna,"Beria was arrested by Zhukov in 1953.",3,4\n';
    const { code, stdout } = await mark(['--input', 'csv'], csv);
    const results = jsonLines(stdout) as unknown as ResultLine[];
    expect(code).toBe(0);
    expect(results[0]!.error).toBeUndefined();
    expect(results[0]!.mark).toBeGreaterThan(0);
  });

  it('starts CSV output with a byte order mark with --bom, so Excel reads the curly quotes as written', async () => {
    const answer = JSON.stringify({ ref: 'José', answer: 'Beria ran the secret police.' });
    const { code, stdout } = await mark(['--format', 'csv', '--bom', '--input', 'jsonl'], `${answer}\n`);
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFFref,mark,')).toBe(true);
    const rows = parse(stdout, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows[0]!.ref).toBe('José');
    // Without --bom the first column is named plainly, as before.
    const plain = await mark(['--format', 'csv', '--input', 'jsonl'], `${answer}\n`);
    expect(plain.stdout.startsWith('ref,mark,')).toBe(true);
  });

  it('says how to save a spreadsheet workbook as CSV instead of marking its bytes', async () => {
    const file = join(dir, 'class 9B.xlsx');
    writeFileSync(file, Buffer.from('PK\u0003\u0004\u0014\u0000workbook', 'latin1'));
    const { code, stdout, stderr } = await mark([file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('class 9B.xlsx is a spreadsheet workbook, not a CSV file: save it as CSV first');
  });

  it('marks a rubric given by path', async () => {
    const { code, stdout } = await runCli(
      ['mark', '--rubrics', dir, '--rubric', join(dir, 'test-beria.json')],
      {
        stdin: JSON.stringify({ ref: 1, answer: STRONG }),
      },
    );
    expect(code).toBe(0);
    expect(jsonLines(stdout)[0]).toMatchObject({ ref: 1, rubricId: 'test-beria' });
  });

  it('exits 2 for an unknown rubric and lists the rubrics there are', async () => {
    const { code, stdout, stderr } = await runCli(['mark', '--rubrics', dir, '--rubric', 'no-such-rubric'], {
      stdin: '',
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown rubric "no-such-rubric". Known rubrics: test-beria');
  });

  it.each([
    [['mark', '--rubric'], /argument missing/],
    [['mark', 'answers.jsonl'], /required option '--rubric <id\|path>' not specified/],
    [
      ['mark', '--rubrics', dir, '--rubric', 'test-beria', 'missing.jsonl'],
      /input file not found: missing.jsonl/,
    ],
    [
      ['mark', '--rubrics', dir, '--rubric', 'test-beria', '--format', 'xml', '-'],
      /Allowed choices are jsonl, csv/,
    ],
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const { code, stderr } = await runCli(argv, { stdin: '' });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
