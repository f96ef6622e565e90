/** Plain-text layout for the terminal: wrapping, safe quoting, optional bold. */

/**
 * Makes student text safe to print: control characters (including ESC, which could drive the
 * terminal) become spaces, and runs of whitespace collapse.
 *
 * @example printable('a\u001b[2Jb\n c') // 'a [2Jb c'
 */
export function printable(text: string): string {
  // Control characters are exactly what this must find.
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f-\u009f]/g;
  return text.replace(controls, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Wraps text at word boundaries to `width` columns; the first line starts with `first`, later
 * lines with `rest` (a hanging indent). Words longer than a line are split.
 *
 * @example wrap('one two three', { width: 9, first: '- ', rest: '  ' }) // '- one two\n  three'
 */
export function wrap(text: string, options: { width: number; first?: string; rest?: string }): string {
  const first = options.first ?? '';
  const rest = options.rest ?? ' '.repeat(first.length);
  const room = Math.max(20, options.width);
  const lines: string[] = [];
  let current = first;
  let empty = true;
  for (const word of printable(text).split(' ')) {
    let piece = word;
    while (piece.length > room - rest.length) {
      if (!empty) lines.push(current);
      lines.push((lines.length === 0 ? first : rest) + piece.slice(0, room - rest.length));
      piece = piece.slice(room - rest.length);
      current = rest;
      empty = true;
    }
    if (!empty && current.length + 1 + piece.length > room) {
      lines.push(current);
      current = rest;
      empty = true;
    }
    current += (empty ? '' : ' ') + piece;
    empty = false;
  }
  lines.push(current);
  return lines.join('\n');
}

export function bold(text: string, colour: boolean): string {
  return colour ? `\u001b[1m${text}\u001b[22m` : text;
}
