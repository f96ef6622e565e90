/**
 * The text encoding of a teacher's file. Spreadsheets do not always write UTF-8: Excel's plain
 * "CSV" on Windows writes Windows-1252 (a curly apostrophe is the single byte 0x92), and its
 * "Unicode text" writes UTF-16 with a byte order mark. Read as UTF-8, the first turns every ’ into
 * a replacement character and the second into NUL-riddled noise, so the encoding is read from the
 * byte order mark, else from whether the bytes are valid UTF-8, and the text decoded with iconv-lite.
 */
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'win1252';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * True when `bytes` are UTF-8, allowing a character cut off at the end (a chunk boundary) unless
 * they are the whole text.
 */
function isUtf8(bytes: Buffer, complete: boolean): boolean {
  for (let cut = 0; cut < (complete ? 1 : 4) && cut <= bytes.length; cut++) {
    try {
      utf8.decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // Try again without the last byte or two: they may start a character the next chunk ends.
    }
  }
  return false;
}

/**
 * The encoding of text whose first bytes are `head`: a byte order mark decides; else UTF-8 when
 * the bytes are valid UTF-8 (plain ASCII is), Windows-1252 when they are not. `complete` says
 * `head` is the whole text, so bytes at its end cannot be the start of a character cut off there
 * (a Windows-1252 file whose only ’ is its last character is still Windows-1252).
 * @example sniffEncoding(Buffer.from([0x49, 0x92, 0x6d])) // 'win1252' (I’m)
 */
export function sniffEncoding(head: Buffer, complete = false): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  return isUtf8(head, complete) ? 'utf8' : 'win1252';
}

/**
 * The text of `bytes` in `encoding` (by default, what sniffEncoding finds); a byte order mark is dropped.
 * @example decodeText(readFileSync('marks.csv'))
 */
export function decodeText(bytes: Buffer, encoding: TextEncoding = sniffEncoding(bytes, true)): string {
  return encoding === 'utf8' ? bytes.toString('utf8').replace(/^\uFEFF/, '') : iconv.decode(bytes, encoding);
}

/**
 * The stream re-encoded as UTF-8 when `encoding` is another one (its byte order mark dropped).
 * @example toUtf8(createReadStream('marks.tsv'), 'utf16le')
 */
export function toUtf8(stream: Readable, encoding: TextEncoding): Readable {
  if (encoding === 'utf8') return stream;
  // iconv-lite's streams are node Transforms; its typings only promise a ReadWriteStream.
  return stream.pipe(iconv.decodeStream(encoding)).pipe(iconv.encodeStream('utf8')) as unknown as Readable;
}
