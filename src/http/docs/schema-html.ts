/**
 * Renders JSON Schemas from the OpenAPI document as HTML tables: one row per property with its
 * type, whether it is required and its description. References become links to their section.
 */
import { escapeHtml } from '../fallback-error-page';

type Schema = Record<string, unknown>;

/** Escapes text and turns `backticks` into <code>. */
export function prose(text: unknown): string {
  return escapeHtml(String(text ?? '')).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/**
 * A short HTML description of a schema's type.
 *
 * @example
 *   typeHtml({ type: 'array', items: { $ref: '#/components/schemas/Evidence' } });
 *   // 'array of <a href="#schema-Evidence">Evidence</a>'
 */
export function typeHtml(schema: Schema | undefined): string {
  if (!schema) return 'any';
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop() ?? '';
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  if ('const' in schema) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  if (Array.isArray(schema.enum))
    return schema.enum.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(' | ');
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as Schema[]).map(typeHtml).join(' or ');
  if (Array.isArray(schema.allOf)) return (schema.allOf as Schema[]).map(typeHtml).join(' and ');
  if (Array.isArray(schema.prefixItems))
    return `[${(schema.prefixItems as Schema[]).map(typeHtml).join(', ')}]`;
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : String(schema.type ?? 'any');
  if (type === 'array') return `array of ${typeHtml(schema.items as Schema | undefined)}`;
  return escapeHtml(type) + constraints(schema);
}

function constraints(schema: Schema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined) parts.push(`≥ ${String(schema.minimum)}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${String(schema.maximum)}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${String(schema.maxLength)} characters`);
  if (schema.format !== undefined) parts.push(String(schema.format));
  return parts.length ? ` <small>(${escapeHtml(parts.join(', '))})</small>` : '';
}

/** A table of an object schema's properties, or its type when it is not a plain object. */
export function schemaTable(schema: Schema): string {
  if (!isInlineObject(schema)) return `<p>${typeHtml(schema)}</p>`;
  return [
    '<table><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th>',
    '<th scope="col">Description</th></tr></thead><tbody>',
    ...propertyRows(schema, ''),
    '</tbody></table>',
  ].join('\n');
}

function isInlineObject(schema: Schema | undefined): schema is Schema {
  return schema?.type === 'object' && typeof schema.properties === 'object';
}

/** Rows for each property; inline nested objects follow as `parent.child` or `parent[].child`. */
function propertyRows(schema: Schema, prefix: string): string[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(schema.properties as Record<string, Schema>).flatMap(([name, property]) => {
    const row =
      `<tr><td><code>${escapeHtml(prefix + name)}</code></td><td>${typeHtml(property)}</td>` +
      `<td>${required.has(name) ? 'yes' : 'no'}</td><td>${prose(property.description)}</td></tr>`;
    const items = property.items as Schema | undefined;
    if (isInlineObject(property)) return [row, ...propertyRows(property, `${prefix}${name}.`)];
    if (isInlineObject(items)) return [row, ...propertyRows(items, `${prefix}${name}[].`)];
    return [row];
  });
}
