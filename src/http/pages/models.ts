/**
 * View models for the question list and the question page: plain data shaped for the templates,
 * so the templates hold no logic beyond loops and conditionals.
 */
import type { Rubric } from '../../rubric/types';

/** A paragraph or a bulleted list of the prompt, which authors write as plain text with "- " bullets. */
export type PromptBlock = { text: string; items?: undefined } | { text?: undefined; items: string[] };

export interface QuestionCard {
  id: string;
  title: string;
  href: string;
  /** The question itself: the prompt's first paragraph. */
  prompt: string;
  maxMark: number;
  commandWord: string;
}

export interface TopicGroup {
  topic: string;
  /** A stable id for aria-labelledby. */
  headingId: string;
  questions: QuestionCard[];
}

export interface QuestionView extends QuestionCard {
  topic: string;
  /** The whole prompt, paragraph by paragraph. */
  promptBlocks: PromptBlock[];
  /** Stimulus points the prompt does not already list (authors may write them into the prompt). */
  stimulus: string[];
  /** Levels questions ask for own knowledge beyond the stimulus; points questions do not. */
  ownKnowledge: boolean;
  levels: Array<{ level: number; marks: string; descriptor: string }>;
}

export interface AnswerForm {
  action: string;
  answer: string;
  maxLength: number;
  /** Shown above the textarea and tied to it with aria-describedby. */
  error: string | null;
  wordCount: string;
  submitLabel: string;
}

/** The one word-count rule, shared with the script in public/: the engine's word pattern. */
const WORD =
  /[\p{L}\p{N}](?:[\p{L}\p{N}]|[\u00AD\u200B-\u200D\u2060\uFEFF](?=[\p{L}\p{N}]))*(?:['’][\p{L}]+)*/gu;

/** Counts words as the page's live counter does. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** "1 word", "250 words". */
export function wordCountText(text: string): string {
  const n = countWords(text);
  return `${n} ${n === 1 ? 'word' : 'words'}`;
}

export function questionHref(id: string): string {
  return `/questions/${encodeURIComponent(id)}`;
}

const BULLET = /^\s*[-*•]\s+/;

/**
 * Splits a plain-text prompt into paragraphs (blank lines) and lists (lines starting "- ").
 *
 * @example
 * promptBlocks('Explain why...\n\nYou may use:\n- the Secret Speech')
 * // [{ text: 'Explain why...' }, { text: 'You may use:' }, { items: ['the Secret Speech'] }]
 */
export function promptBlocks(prompt: string): PromptBlock[] {
  const blocks: PromptBlock[] = [];
  for (const para of prompt.split(/\r?\n\s*\r?\n/)) {
    let text: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (text.length > 0) blocks.push({ text: text.join(' ') });
      if (items.length > 0) blocks.push({ items });
      text = [];
      items = [];
    };
    for (const line of para.split(/\r?\n/).map((l) => l.trim())) {
      if (line === '') continue;
      if (BULLET.test(line)) {
        if (text.length > 0) flush();
        items.push(line.replace(BULLET, ''));
      } else {
        if (items.length > 0) flush();
        text.push(line);
      }
    }
    flush();
  }
  return blocks;
}

function firstParagraph(prompt: string): string {
  return promptBlocks(prompt).find((b) => b.text !== undefined)?.text ?? prompt.trim();
}

function card(rubric: Rubric): QuestionCard {
  return {
    id: rubric.id,
    title: rubric.title,
    href: questionHref(rubric.id),
    prompt: firstParagraph(rubric.prompt),
    maxMark: rubric.maxMark,
    commandWord: rubric.commandWord,
  };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'topic'
  );
}

/**
 * Groups questions by topic, topics in the order they first appear, questions in catalog order.
 *
 * @example
 * groupByTopic([ussr1, ussr2, cells1]) // [{ topic: 'The USSR', questions: [..2] }, { topic: 'Cells', ... }]
 */
export function groupByTopic(rubrics: readonly Rubric[]): TopicGroup[] {
  const groups = new Map<string, TopicGroup>();
  for (const rubric of rubrics) {
    let group = groups.get(rubric.topic);
    if (!group) {
      group = {
        topic: rubric.topic,
        headingId: `topic-${groups.size + 1}-${slug(rubric.topic)}`,
        questions: [],
      };
      groups.set(rubric.topic, group);
    }
    group.questions.push(card(rubric));
  }
  return [...groups.values()];
}

/** The public view of a question: what a student may see (no patterns, no model answers). */
export function questionView(rubric: Rubric): QuestionView {
  const levels = rubric.scheme.type === 'levels' ? rubric.scheme.levels : [];
  const blocks = promptBlocks(rubric.prompt);
  const listed = new Set(blocks.flatMap((b) => b.items ?? []).map((item) => item.toLowerCase()));
  const stimulus = (rubric.stimulus ?? []).filter((s) => !listed.has(s.trim().toLowerCase()));
  const promptText = blocks.map((b) => b.text ?? '').join(' ');
  return {
    ...card(rubric),
    topic: rubric.topic,
    promptBlocks: blocks,
    stimulus,
    ownKnowledge:
      stimulus.length > 0 && rubric.scheme.type === 'levels' && !/information of your own/i.test(promptText),
    levels: [...levels]
      .sort((a, b) => b.level - a.level)
      .map((l) => ({ level: l.level, marks: markRange(l.marks), descriptor: l.descriptor })),
  };
}

/** "4–6 marks", "0 marks", "1 mark". */
export function markRange([low, high]: readonly [number, number]): string {
  if (low === high) return `${low} ${low === 1 ? 'mark' : 'marks'}`;
  return `${low}–${high} marks`;
}

/** The answer form, empty or holding the answer to revise. */
export function answerForm(
  rubric: Rubric,
  options: { answer?: string; error?: string | null; maxLength: number; revising?: boolean },
): AnswerForm {
  const answer = options.answer ?? '';
  return {
    action: questionHref(rubric.id),
    answer,
    maxLength: options.maxLength,
    error: options.error ?? null,
    wordCount: wordCountText(answer),
    submitLabel: options.revising ? 'Get feedback on my revised answer' : 'Get feedback',
  };
}
