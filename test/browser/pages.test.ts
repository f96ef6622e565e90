/**
 * The student pages in a real browser: a student opens a question, writes, submits and reads the
 * feedback; by keyboard alone; with markup in the answer; and axe-core checks each page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  browserAvailable,
  launchBrowser,
  screenshot,
  seriousViolations,
  startSite,
  type RunningSite,
} from './support';

const QUESTION_ID = 'ussr-power-struggle-1953';
const QUESTION_TITLE = 'Why was there a power struggle after Stalin?';
const ANSWER = [
  'When Stalin died in 1953 he left no clear successor, so there was a power struggle between his colleagues.',
  'Beria controlled the secret police. This meant that the other leaders were afraid of him and wanted him removed.',
  'Malenkov became Premier and Khrushchev became First Secretary of the Party, so power was shared out.',
].join('\n\n');

interface MarkedByApi {
  mark: number;
  maxMark: number;
  points: Array<{ label: string; met: boolean; evidence: Array<{ text: string }> }>;
}

// Skipped only when Chromium is not installed; browserAvailable() prints why and how to run it.
const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('the student pages in Chromium', () => {
  let site: RunningSite;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let dialogs: string[];

  beforeAll(async () => {
    site = await startSite();
    browser = await launchBrowser();
    context = browser.context;
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  beforeEach(async () => {
    page = await context.newPage();
    dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterEach(async () => {
    await page.close();
  });

  async function markByApi(answer: string): Promise<MarkedByApi> {
    const res = await fetch(`${site.url}/api/v1/questions/${QUESTION_ID}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answer }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as MarkedByApi;
  }

  /** The answer as displayed, without the bracketed point numbers beside the highlights. */
  async function displayedAnswer(): Promise<string> {
    return (await page.evaluate(`(() => {
      const copy = document.querySelector('.student-answer').cloneNode(true);
      copy.querySelectorAll('sup').forEach((sup) => sup.remove());
      return copy.textContent;
    })()`)) as string;
  }

  async function focusedId(): Promise<string> {
    return (await page.evaluate('document.activeElement ? document.activeElement.id : ""')) as string;
  }

  it('takes a student from the question list to feedback with the mark and highlighted evidence', async () => {
    await page.goto(site.url);
    await screenshot(page, '1-index');
    await page.getByRole('link', { name: QUESTION_TITLE }).click();
    await page.waitForURL(`**/questions/${QUESTION_ID}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(QUESTION_TITLE);
    await page.getByLabel('Write your answer').fill(ANSWER);
    await screenshot(page, '2-question');
    await page.getByRole('button', { name: 'Get feedback' }).click();
    await page.waitForURL(`**/questions/${QUESTION_ID}`);

    const expected = await markByApi(ANSWER);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Feedback: ${QUESTION_TITLE}`);
    expect(await page.locator('.result__mark').textContent()).toContain(
      `${expected.mark} out of ${expected.maxMark} marks`,
    );
    const met = expected.points.filter((p) => p.met);
    expect(met.length).toBeGreaterThan(0);
    // Every highlight is the student's own text, labelled with a bracketed point number.
    const highlights = await page.locator('.student-answer mark').allTextContents();
    expect(highlights.length).toBeGreaterThan(0);
    for (const text of highlights) {
      const match = /^([\s\S]*)\[(\d+(?:, (?:\d+|C\d+))*)\]$/.exec(text);
      expect(match).not.toBeNull();
      expect(ANSWER).toContain(match![1]);
    }
    expect(await displayedAnswer()).toBe(ANSWER);
    for (const point of met) await page.getByText(point.label, { exact: false }).first().waitFor();
    // The answer stays in the form to revise.
    expect(await page.getByLabel('Write your answer').inputValue()).toBe(ANSWER);
    await screenshot(page, '3-feedback');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, '3-feedback-phone');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, '4-feedback-print');
  });

  it('can be used with the keyboard alone', async () => {
    await page.goto(`${site.url}/questions/${QUESTION_ID}`);
    for (let i = 0; i < 20 && (await focusedId()) !== 'answer'; i += 1) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('answer');
    await page.keyboard.type('Stalin left no clear successor, so his colleagues fought for power.');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate('document.activeElement.tagName + " " + document.activeElement.textContent'),
    ).toBe('BUTTON Get feedback');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1#results');
    // The script moves focus to the results so they are read first.
    expect(await focusedId()).toBe('results');
    expect(await page.locator('.student-answer mark').count()).toBeGreaterThan(0);
  });

  it('shows markup in an answer as text and runs none of it', async () => {
    const hostile =
      'Beria controlled the <i>secret</i> police. <script>alert("script ran")</script>' +
      ' <img src=x onerror="alert(\'img ran\')"> Stalin left no clear successor.';
    await page.goto(`${site.url}/questions/${QUESTION_ID}`);
    await page.getByLabel('Write your answer').fill(hostile);
    await page.getByRole('button', { name: 'Get feedback' }).click();
    await page.waitForSelector('h1#results');
    expect(await displayedAnswer()).toBe(hostile);
    expect(await page.locator('main img, main script, .student-answer i').count()).toBe(0);
    expect(await page.getByLabel('Write your answer').inputValue()).toBe(hostile);
    expect(dialogs).toEqual([]);
    await screenshot(page, '5-feedback-markup');
  });

  it('counts words as the student types', async () => {
    await page.goto(`${site.url}/questions/${QUESTION_ID}`);
    const count = page.locator('#answer-count');
    expect(await count.textContent()).toBe('0 words');
    await page.getByLabel('Write your answer').pressSequentially('Beria was arrested');
    expect(await count.textContent()).toBe('3 words');
    await page.getByLabel('Write your answer').pressSequentially(" in June 1953. He wasn't");
    expect(await count.textContent()).toBe('8 words');
  });

  it('puts the answer back after a reload or on coming back to the question, in the same tab only', async () => {
    const draft = 'Beria controlled the secret police, so the others feared him';
    await page.goto(`${site.url}/questions/${QUESTION_ID}`);
    await page.getByLabel('Write your answer').pressSequentially(draft);
    // The draft is saved a moment after the last key.
    // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
    await page.waitForFunction(
      (text) =>
        Object.values(
          (globalThis as unknown as { sessionStorage: Record<string, string> }).sessionStorage,
        ).includes(text),
      draft,
    );
    await page.reload();
    expect(await page.getByLabel('Write your answer').inputValue()).toBe(draft);
    expect(await page.getByRole('status').textContent()).toBe(
      'Your answer from earlier in this tab has been put back.',
    );
    expect(await page.locator('#answer-count').textContent()).toBe('10 words');
    expect(await seriousViolations(page)).toEqual([]);
    // An answer sent for feedback comes back too when the student opens the question again.
    await page.getByRole('button', { name: 'Get feedback' }).click();
    await page.waitForSelector('h1#results');
    await page.goto(`${site.url}/questions/${QUESTION_ID}`);
    expect(await page.getByLabel('Write your answer').inputValue()).toBe(draft);
    // Another tab (another student at a shared computer) starts with an empty box.
    const other = await context.newPage();
    try {
      await other.goto(`${site.url}/questions/${QUESTION_ID}`);
      expect(await other.getByLabel('Write your answer').inputValue()).toBe('');
      expect(await other.locator('.draft-note').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('asks again, accessibly, when the answer is empty', async () => {
    await page.goto(`${site.url}/questions/${QUESTION_ID}`);
    await page.getByRole('button', { name: 'Get feedback' }).click();
    await page.waitForSelector('#answer-error');
    const box = page.getByLabel('Write your answer');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect((await box.getAttribute('aria-describedby'))?.split(' ')).toContain('answer-error');
    expect(await page.locator('#answer-error').textContent()).toContain(
      'Write your answer before asking for feedback.',
    );
    expect(await focusedId()).toBe('answer');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '6-question-empty-answer');
  });

  it.each([
    ['the question list', '/'],
    ['a question', `/questions/${QUESTION_ID}`],
    ['an unknown page', '/questions/no-such-question'],
  ])('has no serious or critical axe violations on %s', async (_name, pathname) => {
    await page.goto(site.url + pathname);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has no serious or critical axe violations on the feedback page', async () => {
    await page.goto(`${site.url}/questions/${QUESTION_ID}`);
    await page.getByLabel('Write your answer').fill(ANSWER);
    await page.getByRole('button', { name: 'Get feedback' }).click();
    await page.waitForSelector('h1#results');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
