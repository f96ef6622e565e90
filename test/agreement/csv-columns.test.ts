import { headerKey, readCsvHeader } from '../../src/agreement/csv-columns';
import { csvDelimiter } from '../../src/agreement/csv-delimiter';

describe('reading the columns of a CSV header', () => {
  it.each([
    [
      ['ref', 'answer', 'mark', 'points'],
      ['ref', 'answer', 'mark', 'points'],
    ],
    [
      ['Student name', 'Response', 'Mark (out of 8)'],
      ['ref', 'answer', 'mark'],
    ],
    [
      ['Candidate number', 'Student answer', "Teacher's mark", 'Credited points'],
      ['ref', 'answer', 'mark', 'points'],
    ],
    [
      ['Pupil', 'Essay', 'Score /12', 'Comments'],
      ['ref', 'answer', 'mark', null],
    ],
  ])('reads %j as %j', (cells, columns) => {
    expect(readCsvHeader(cells)).toEqual({ columns, problem: null });
  });

  it('takes a column named exactly for its part over another name for it', () => {
    expect(readCsvHeader(['Text', 'answer', 'Score', 'mark']).columns).toEqual([
      null,
      'answer',
      null,
      'mark',
    ]);
  });

  it('reads the first of two columns that could label the answer (student name, then student id)', () => {
    expect(readCsvHeader(['Student name', 'Student ID', 'Answer']).columns).toEqual(['ref', null, 'answer']);
  });

  it('refuses two columns that could hold the answer, naming both', () => {
    expect(readCsvHeader(['Response', 'Essay']).problem).toBe(
      'the header has 2 columns that could hold the answer ("Response" and "Essay"): which one holds it?',
    );
  });

  it('does not read a grade as a mark on the question', () => {
    expect(readCsvHeader(['Answer', 'Grade']).columns).toEqual(['answer', null]);
  });

  it('says which names it reads when no column holds the answer', () => {
    expect(readCsvHeader(['Student', 'Comments']).problem).toMatch(
      /^the header must name an "answer" column \(or one called "response", .*\), found: Student, Comments$/,
    );
  });

  it('reduces a header cell to the words that name it', () => {
    expect(headerKey("\uFEFFTeacher's Mark (out of 12)")).toBe('teacher mark');
    expect(headerKey('Score / 12')).toBe('score');
    expect(headerKey('student_answer')).toBe('student answer');
  });

  it('finds the separator from a header that names the answer in its own words', () => {
    expect(csvDelimiter('Student name;Response;Mark\n"A";"Beria, of course; and Zhukov";3')).toBe(';');
    expect(csvDelimiter('Student\tEssay\nA\tBeria, of course')).toBe('\t');
    // Split at commas, "Student;Response" is one cell that reads as "student response".
    expect(csvDelimiter('Student;Response\n"A";"Beria, of course"')).toBe(';');
    expect(csvDelimiter('ref,answer\ns1,"Beria; of course"')).toBe(',');
  });
});
