/**
 * JSON Schema validation (ajv, draft 2020-12), compiled once per process, with errors turned
 * into issues that say where, what was expected and what was found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import type { Issue } from '../errors';
import { closestName } from './suggest';

// The schemas live beside the rubrics so editors can use them; src/rubric and dist/rubric both
// sit two folders below the package root.
const SCHEMA_DIR = join(__dirname, '..', '..', 'rubrics');

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

/** The compiled validator for rubrics/<name>.schema.json. */
export function schemaValidator(name: 'rubric' | 'lexicon'): ValidateFunction {
  const cached = validators.get(name);
  if (cached) return cached;
  ajv ??= new Ajv2020({ allErrors: true, verbose: true, strict: false });
  const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')) as object;
  const validate = ajv.compile(schema);
  validators.set(name, validate);
  return validate;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text.replace(/"/g, "'");
}

function quoteList(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => show(v)).join(',') : show(values);
}

function propertyNames(schema: unknown): string[] {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

function describe(error: ErrorObject): string {
  const at = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const hint = closestName(name, propertyNames(error.parentSchema));
      const allowed = hint
        ? `did you mean '${hint}'?`
        : `allowed: ${propertyNames(error.parentSchema).join(', ')}`;
      return `unknown property '${name}' at ${at} (${allowed})`;
    }
    case 'required':
      return `expected property '${String(params.missingProperty)}' at ${at}, found nothing`;
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      const names = allowed.filter((v): v is string => typeof v === 'string');
      const hint = typeof error.data === 'string' ? closestName(error.data, names) : undefined;
      return (
        `expected one of ${quoteList(params.allowedValues)} at ${at}, found ${show(error.data)}` +
        (hint ? ` (did you mean '${hint}'?)` : '')
      );
    }
    case 'const':
      return `expected ${show(params.allowedValue)} at ${at}, found ${show(error.data)}`;
    case 'type':
      return `expected ${String(params.type)} at ${at}, found ${show(error.data)}`;
    case 'pattern':
      return `expected text matching ${String(params.pattern)} at ${at}, found ${show(error.data)}`;
    default:
      return `expected value that ${error.message ?? 'is valid'} at ${at}, found ${show(error.data)}`;
  }
}

/**
 * Validates data against a schema; returns the issues (empty when valid).
 * @example schemaIssues('rubric', data, 'rubrics/q1.json') // [{ pointer: '/maxMark', ... }]
 */
export function schemaIssues(name: 'rubric' | 'lexicon', data: unknown, file?: string): Issue[] {
  const validate = schemaValidator(name);
  if (validate(data)) return [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const errors = validate.errors ?? [];
  // A scheme whose `type` is not one of its kinds ('point' for 'points') was checked against the
  // other kind's shape too: only the type is wrong, so what that shape lacks is not reported.
  const badKinds = errors
    .filter((e) => e.keyword === 'enum' && e.instancePath.endsWith('/type'))
    .map((e) => e.instancePath.slice(0, -'/type'.length));
  const underBadKind = (e: ErrorObject) =>
    e.keyword !== 'enum' &&
    badKinds.some((at) => e.instancePath === at || e.instancePath.startsWith(`${at}/`));
  for (const error of errors) {
    // if/then/else only says which branch failed; the branch's own errors say why.
    if (error.keyword === 'if' || underBadKind(error)) continue;
    const message = describe(error);
    if (seen.has(message)) continue;
    seen.add(message);
    issues.push({ pointer: error.instancePath, message, ...(file === undefined ? {} : { file }) });
  }
  return issues;
}
