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

/**
 * Compiles the default templates with a rubric's overrides.
 * @example compileTemplates({ missed: 'Think about {{label}}.' }).missed({ label: 'Beria' })
 */
export function compileTemplates(overrides: FeedbackTemplates = {}): CompiledTemplates {
  const out = {} as CompiledTemplates;
  for (const name of Object.keys(DEFAULT_TEMPLATES) as TemplateName[]) {
    const source = overrides[name] ?? DEFAULT_TEMPLATES[name];
    const render = handlebars.compile(source, { noEscape: true });
    render({}); // compile lazily parses: force it so a broken template fails here, at compile time
    out[name] = (data: object) => render(data).replace(/\s+/g, ' ').trim();
  }
  return out;
}
