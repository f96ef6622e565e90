import { rubricFolder, runCli, testRubric } from './helpers';

const dir = rubricFolder({ 'test-beria.json': testRubric });
const explain = (args: string[], options: { stdin?: string; stdoutIsTTY?: boolean; columns?: number } = {}) =>
  runCli(['explain', '--rubrics', dir, '--rubric', 'test-beria', ...args], options);

describe('essay-feedback explain', () => {
  it('shows the mark, the points made with the student’s own words quoted, what is missing and the next step', async () => {
    const { code, stdout } = await explain([
      'Beria',
      'ran',
      'the',
      'NKVD.',
      'He',
      'was',
      'arrested',
      'in',
      '1953.',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Explain why Beria was removed in 1953.');
    expect(stdout).toMatch(/^Level \d, \d out of 9$/m);
    expect(stdout).toMatch(/^ {2}\+ Beria controlled the secret police\n {4}you wrote "NKVD"/m);
    expect(stdout).toContain('What is missing');
    expect(stdout).toMatch(/^Next step\n {2}\S/m);
  });

  it('keeps the prompt’s paragraphs and bullet points, and does not repeat the mark in the summary', async () => {
    const prompt =
      'Explain why Beria was removed in 1953.\n\nYou may use:\n- his control of the secret police\n- the plot';
    const bulleted = rubricFolder({ 'test-beria.json': { ...testRubric, prompt } });
    const { stdout } = await runCli([
      'explain',
      '--rubrics',
      bulleted,
      '--rubric',
      'test-beria',
      'Beria ran the NKVD.',
    ]);
    expect(stdout).toMatch(
      /^Explain why Beria was removed in 1953\.\n\nYou may use:\n {2}- his control of the secret police\n {2}- the plot\n/,
    );
    expect(stdout.match(/out of 9/g)).toHaveLength(1);
  });

  it('reads the answer from stdin with "-"', async () => {
    const { code, stdout } = await explain(['-'], { stdin: 'Malenkov was premier.\n' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/\+ Malenkov became premier\n {4}you wrote "Malenkov was premier"\n/);
  });

  it('quotes the words of one sentence as the student wrote them, not as separate fragments', async () => {
    const { stdout } = await explain(['Malenkov, the new man, was premier. Beria ran the NKVD.']);
    expect(stdout).toMatch(/you wrote "Malenkov, the new man, was premier"\n/);
  });

  it('says so plainly when nothing earns credit', async () => {
    const { stdout } = await explain(['I', 'do', 'not', 'know.']);
    expect(stdout).toMatch(/^(Level 0, )?0 out of 9$/m);
    expect(stdout).toContain('Nothing yet');
  });

  it('wraps to the terminal width and never prints colour codes or control characters when not a terminal', async () => {
    const answer = `Beria ran the secret police \u001b[31mred\u001b[0m ${'and so on '.repeat(30)}`;
    const { stdout } = await explain([answer], { columns: 50 });
    expect(stdout).not.toContain('\u001b');
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(50);
  });

  it('uses bold headings on a terminal', async () => {
    const { stdout } = await explain(['Beria ran the NKVD.'], { stdoutIsTTY: true });
    expect(stdout).toContain('\u001b[1mWhat earned credit\u001b[22m');
  });

  it('exits 2 for an unknown rubric', async () => {
    const { code, stderr } = await runCli(['explain', '--rubrics', dir, '--rubric', 'nope', 'text']);
    expect(code).toBe(2);
    expect(stderr).toContain('Known rubrics: test-beria');
  });
});

describe('essay-feedback --help', () => {
  it('lists the commands', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: essay-feedback/);
    for (const command of ['mark', 'lint', 'explain'])
      expect(stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
  });

  it.each(['mark', 'lint', 'explain'])('shows options and examples for %s', async (command) => {
    const { code, stdout } = await runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: essay-feedback ${command}`);
    expect(stdout).toMatch(/Examples:\n {2}\$ essay-feedback /);
  });

  it('prints the help and exits 2 when run with no command', async () => {
    const { code, stdout } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toContain('Usage: essay-feedback');
  });

  it('exits 2 for an unknown command', async () => {
    const { code, stderr } = await runCli(['grade']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command 'grade'/);
  });
});
