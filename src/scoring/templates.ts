/**
 * Feedback wording as handlebars templates, compiled once per rubric. A rubric's `templates`
 * override the defaults one by one. Escaping is off: the views escape when they render.
 */
import Handlebars from 'handlebars';
import type { FeedbackTemplates } from '../rubric/types';

export type TemplateName = keyof Required<FeedbackTemplates>;
export type CompiledTemplates = Record<TemplateName, (data: object) => string>;

export const DEFAULT_TEMPLATES: Required<FeedbackTemplates> = {
  summary:
    '{{#if isLevels}}{{#if level}}Level {{level}}, {{mark}} out of {{maxMark}}: {{descriptor}}' +
    '{{else}}0 out of {{maxMark}}: nothing in the answer earns credit yet.{{/if}}' +
    '{{else}}{{mark}} out of {{maxMark}}: {{met}} of {{total}} key points made.{{/if}}',
  met: 'You wrote “{{quote}}”: that earns credit for “{{label}}”.{{#if feedback}} {{feedback}}{{/if}}',
  missed: '{{#if hint}}{{hint}}{{else}}Not yet in your answer: {{label}}.{{/if}}',
  withheld:
    'You wrote “{{quote}}”, which says the opposite of “{{label}}”, so it earns no credit for that point.',
  misconception: 'You wrote “{{quote}}”: {{feedback}}',
  nextStep: '{{#if target}}To reach {{target}}: {{/if}}{{action}}{{#if advice}} {{advice}}{{/if}}',
};

const handlebars = Handlebars.create();

type Data = Record<string, unknown>;
const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
// Handlebars' {{#if}}: false for '', 0, false, null, undefined and empty arrays.
const truthy = (value: unknown): boolean => Boolean(value) && !(Array.isArray(value) && value.length === 0);

/**
 * The default templates as plain functions: marking renders a dozen of them per answer, and
 * Handlebars' per-call set-up cost more than the rest of the feedback together. A test renders
 * both forms over a table of inputs and requires the same text, so the wording stays defined by
 * DEFAULT_TEMPLATES.
 */
export const FAST_DEFAULTS: Record<TemplateName, (d: Data) => string> = {
  summary: (d) =>
    truthy(d.isLevels)
      ? truthy(d.level)
        ? `Level ${str(d.level)}, ${str(d.mark)} out of ${str(d.maxMark)}: ${str(d.descriptor)}`
        : `0 out of ${str(d.maxMark)}: nothing in the answer earns credit yet.`
      : `${str(d.mark)} out of ${str(d.maxMark)}: ${str(d.met)} of ${str(d.total)} key points made.`,
  met: (d) =>
    `You wrote “${str(d.quote)}”: that earns credit for “${str(d.label)}”.${truthy(d.feedback) ? ` ${str(d.feedback)}` : ''}`,
  missed: (d) => (truthy(d.hint) ? str(d.hint) : `Not yet in your answer: ${str(d.label)}.`),
  withheld: (d) =>
    `You wrote “${str(d.quote)}”, which says the opposite of “${str(d.label)}”, so it earns no credit for that point.`,
  misconception: (d) => `You wrote “${str(d.quote)}”: ${str(d.feedback)}`,
  nextStep: (d) =>
    `${truthy(d.target) ? `To reach ${str(d.target)}: ` : ''}${str(d.action)}${truthy(d.advice) ? ` ${str(d.advice)}` : ''}`,
};

/** Renders with Handlebars, collapsing the whitespace of multi-line templates. */
export function renderWithHandlebars(source: string): (data: object) => string {
  const render = handlebars.compile(source, {
    noEscape: true,
    knownHelpers: { if: true, unless: true, each: true, with: true },
  });
  render({}); // compile lazily parses: force it so a broken template fails here, at compile time
  return (data: object) => render(data).replace(/\s+/g, ' ').trim();
}

/**
 * Compiles the default templates with a rubric's overrides.
 * @example compileTemplates({ missed: 'Think about {{label}}.' }).missed({ label: 'Beria' })
 */
export function compileTemplates(overrides: FeedbackTemplates = {}): CompiledTemplates {
  const out = {} as CompiledTemplates;
  for (const name of Object.keys(DEFAULT_TEMPLATES) as TemplateName[]) {
    const source = overrides[name];
    out[name] =
      source === undefined ? (FAST_DEFAULTS[name] as (data: object) => string) : renderWithHandlebars(source);
  }
  return out;
}
