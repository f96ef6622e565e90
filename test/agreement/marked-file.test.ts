import { ValidationError } from '../../src/errors';
import { formatFromName, readMarked } from '../../src/agreement/marked-file';

function errorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationError) return err;
    throw err;
  }
  throw new Error('expected a ValidationError');
}

describe('reading marked answers', () => {
  it('reads CSV with a header, quoted commas and newlines, and credited points', () => {
    const csv =
      'ref,answer,mark,points\ns1,"Beria was arrested, then shot",2,beria;power\ns2,"Line one\nline two",0,\n';
    expect(readMarked(csv, { format: 'csv', maxMark: 4 })).toEqual([
      { ref: 's1', answer: 'Beria was arrested, then shot', mark: 2, points: ['beria', 'power'], line: 2 },
      { ref: 's2', answer: 'Line one\nline two', mark: 0, points: [], line: 3 },
    ]);
  });

  it("reads a spreadsheet's own column names: Student name; Response; Teacher's mark (out of 8), saved by Excel", () => {
    const csv =
      "\uFEFFStudent name;Response;Teacher's mark (out of 8)\r\n" +
      '"Ana Ruiz";"The army arrested Beria, so Khrushchev was safe.";5\r\n' +
      '"Ben Lee";"Zhukov backed him.";2\r\n';
    expect(readMarked(csv, { format: 'csv', maxMark: 8 })).toEqual([
      {
        ref: 'Ana Ruiz',
        answer: 'The army arrested Beria, so Khrushchev was safe.',
        mark: 5,
        points: null,
        line: 2,
      },
      { ref: 'Ben Lee', answer: 'Zhukov backed him.', mark: 2, points: null, line: 3 },
    ]);
  });

  it('reads a mark written "out of" the question\'s maximum: 5/8, 6 / 8, 7 out of 8', () => {
    const csv = 'answer,mark\none,5/8\ntwo,6 / 8\nthree,7 out of 8\n';
    expect(readMarked(csv, { format: 'csv', maxMark: 8 }).map((a) => a.mark)).toEqual([5, 6, 7]);
  });

  it("refuses a mark out of another maximum than the question's, rather than read 5/10 as 5 out of 8", () => {
    const error = errorOf(() => readMarked('answer,mark\none,5/10\n', { format: 'csv', maxMark: 8 }));
    expect(error.message).toContain('line 2: the mark "5/10" is out of 10, but the question is out of 8');
  });

  it('refuses a header with two columns that could hold the mark, naming both', () => {
    const error = errorOf(() => readMarked('answer,Marks,Score\nhello,1,2\n', { format: 'csv' }));
    expect(error.message).toMatch(
      /line 1: the header has 2 columns that could hold the mark \("Marks" and "Score"\)/,
    );
  });

  it.each([
    ['semicolons, as Excel writes them in many locales', ';'],
    ['tabs, as cells copied out of a spreadsheet paste', '\t'],
  ])('reads CSV separated by %s, commas in answers left alone', (_name, sep) => {
    const csv =
      ['ref', 'answer', 'mark', 'points'].join(sep) +
      '\n' +
      ['s1', 'Beria, the police chief, was shot', '2', 'beria'].join(sep) +
      '\n';
    expect(readMarked(csv, { format: 'csv', maxMark: 4 })).toEqual([
      { ref: 's1', answer: 'Beria, the police chief, was shot', mark: 2, points: ['beria'], line: 2 },
    ]);
  });

  it('reads a comma CSV as commas even when its answers hold semicolons', () => {
    const csv = 'ref,answer,mark\ns1,Beria was feared; he ran the police,2\n';
    expect(readMarked(csv, { format: 'csv', maxMark: 4 })[0]).toMatchObject({
      answer: 'Beria was feared; he ran the police',
      mark: 2,
    });
  });

  it('reads JSON Lines in the fixture format and ignores blank lines and extra fields', () => {
    const jsonl =
      '{"ref":"a","answer":"x","mark":3,"level":2,"points":["p1"],"kind":"strong","note":"n"}\n\n{"answer":"y"}\n';
    expect(readMarked(jsonl, { format: 'jsonl' })).toEqual([
      { ref: 'a', answer: 'x', mark: 3, points: ['p1'], line: 1 },
      { ref: 'line 3', answer: 'y', mark: null, points: null, line: 3 },
    ]);
  });

  it.each([
    {
      name: 'an unclosed quote',
      text: 'answer,mark\n"fine",1\n"broken,2\n',
      message: /line 3: a quote opened in this row is never closed/,
    },
    {
      name: 'a quote that never closes after blank lines, saved with CRLF',
      text: 'answer,mark\r\n"fine",1\r\n\r\n\r\n"broken,2\r\nmore,1\r\n',
      message: /line 5: a quote opened in this row is never closed/,
    },
    {
      name: 'a row with too many cells',
      text: 'answer,mark\nok,1\nbad,1,extra\n',
      message: /line 3: 3 cells, but the header names 2 columns/,
    },
    {
      name: 'a column named twice',
      text: 'ref,answer,answer\ns1,one,two\n',
      message: /line 1: the header names the column "answer" twice/,
    },
    {
      name: 'no answer column',
      text: 'comment,mark\nhello,1\n',
      message:
        /line 1: the header must name an "answer" column \(or one called "response", .*found: comment, mark/,
    },
    {
      name: 'a mark that is not a number',
      text: 'answer,mark\nok,1\nhello,two\n',
      message: /line 3: mark must be a whole number from 0 to 4, found "two"/,
    },
    {
      name: 'a mark above the maximum',
      text: 'answer,mark\nhello,9\n',
      message: /line 2: mark must be a whole number from 0 to 4, found "9"/,
    },
  ])('refuses CSV with $name, naming the line', ({ text, message }) => {
    expect(errorOf(() => readMarked(text, { format: 'csv', maxMark: 4, file: 'marks.csv' })).message).toMatch(
      message,
    );
  });

  it('reads a quote inside an unquoted cell as text, as a spreadsheet shows it', () => {
    const csv =
      'ref,answer,mark\ns1,Stalin called him "our Himmler" because he ran the NKVD,1\ns2,"Beria" ran the NKVD,1\n';
    expect(readMarked(csv, { format: 'csv', maxMark: 4 }).map((a) => [a.ref, a.answer])).toEqual([
      ['s1', 'Stalin called him "our Himmler" because he ran the NKVD'],
      ['s2', '"Beria" ran the NKVD'],
    ]);
  });

  it('reads a file whose other columns repeat a name, as spreadsheets allow', () => {
    const csv = 'ref,answer,mark,notes,notes\ns1,Beria was shot,1,a,b\n';
    expect(readMarked(csv, { format: 'csv', maxMark: 4 })[0]).toMatchObject({ ref: 's1', mark: 1 });
  });

  it('reads a mark cell holding only spaces as no mark, not as 0', () => {
    expect(readMarked('answer,mark\nBeria was shot, \n', { format: 'csv', maxMark: 4 })[0]!.mark).toBeNull();
    expect(readMarked('{"answer":"Beria was shot","mark":"  "}\n', { format: 'jsonl' })[0]!.mark).toBeNull();
  });

  it('gives the same line numbers for a file saved with CRLF line ends as with LF, counting from where a record starts', () => {
    const lf = 'ref,answer,mark\ns1,"two\nlines",1\ns2,fine,9\ns3,fine,x\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const problems = (text: string) =>
      errorOf(() => readMarked(text, { format: 'csv', maxMark: 4 })).issues.map((i) => i.message);
    expect(problems(lf)).toEqual([
      'line 4: mark must be a whole number from 0 to 4, found "9"',
      'line 5: mark must be a whole number from 0 to 4, found "x"',
    ]);
    expect(problems(crlf)).toEqual(problems(lf));
  });

  it('reports every problem of a file at once: marks, cells and point ids', () => {
    const csv = 'ref,answer,mark,points\ns1,ok,9,a\ns2,short\ns3,ok,1,b;nope\n';
    const problems = errorOf(() =>
      readMarked(csv, { format: 'csv', maxMark: 4, pointIds: new Set(['a', 'b']) }),
    ).issues.map((i) => i.message);
    expect(problems).toEqual([
      'line 2: mark must be a whole number from 0 to 4, found "9"',
      'line 3: 2 cells, but the header names 4 columns',
      'line 4: point "nope" is not a point of the rubric (its points are: a, b)',
    ]);
  });

  it.each([
    { name: 'broken JSON', text: '{"answer":"a"}\n{"answer": \n', message: /line 2: not valid JSON/ },
    { name: 'a line that is not an object', text: '["a"]\n', message: /line 1: expected a JSON object/ },
    { name: 'a missing answer', text: '{"mark":1}\n', message: /line 1: expected the answer as text/ },
    {
      name: 'points that are not ids',
      text: '{"answer":"a","points":"p1"}\n{"answer":"b","points":[1]}\n',
      message: /line 2: points must be a list/,
    },
    { name: 'no answers at all', text: '\n\n', message: /holds no answers/ },
  ])('refuses JSON Lines with $name', ({ text, message }) => {
    expect(errorOf(() => readMarked(text, { format: 'jsonl' })).message).toMatch(message);
  });

  it('reports every bad line at once and names the file', () => {
    const err = errorOf(() =>
      readMarked('{"answer":"a","mark":-1}\n{"answer":"b","mark":1.5}\n', {
        format: 'jsonl',
        file: 'm.jsonl',
      }),
    );
    expect(err.message).toMatch(/^m\.jsonl: line 1: .* \(and 1 more\)$/);
    expect(err.issues.map((i) => i.message)).toEqual([
      'line 1: mark must be a whole number from 0, found -1',
      'line 2: mark must be a whole number from 0, found 1.5',
    ]);
    expect(err.issues[0]!.file).toBe('m.jsonl');
  });

  it('keeps HTML and odd Unicode in answers exactly as written', () => {
    const answer = '<b>Khrushchëv</b> \u202e denounced Stalin 🙂';
    expect(readMarked(JSON.stringify({ answer }), { format: 'jsonl' })[0]!.answer).toBe(answer);
  });

  it.each([
    ['marks.csv', 'csv'],
    ['marks.JSONL', 'jsonl'],
    ['marks.ndjson', 'jsonl'],
    ['marks.txt', null],
  ])('recognises the format of %s', (name, format) => {
    expect(formatFromName(name)).toBe(format);
  });
});
