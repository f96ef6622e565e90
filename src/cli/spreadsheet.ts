/**
 * A spreadsheet workbook given where a CSV file is expected. Teachers keep their marks in Excel or
 * Google Sheets, and the workbook itself is the file nearest to hand: it is a zip or an OLE2
 * container, never text, so reading it as CSV could only fail with a line of binary noise.
 */
import { UsageError } from './io';

// .xlsx, .ods and .numbers are zip files; the older .xls is an OLE2 compound file.
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

/**
 * True when the file is a spreadsheet workbook, by its first bytes or its name.
 * @example isWorkbook(Buffer.from('PK\u0003\u0004'), 'marks.xlsx') // true
 */
export function isWorkbook(head: Buffer, name?: string): boolean {
  return (
    head.subarray(0, ZIP.length).equals(ZIP) ||
    head.subarray(0, OLE2.length).equals(OLE2) ||
    WORKBOOK_NAME.test(name ?? '')
  );
}

/**
 * Throws a usage error saying how to save the workbook as CSV when `head` is one.
 * @example refuseWorkbook(bytes, 'marks.xlsx') // throws: "marks.xlsx is a spreadsheet workbook ..."
 */
export function refuseWorkbook(head: Buffer, name: string | undefined): void {
  if (!isWorkbook(head, name)) return;
  throw new UsageError(
    `${name ?? 'the input'} is a spreadsheet workbook, not a CSV file: save it as CSV first ` +
      '(Excel: File > Save As > "CSV UTF-8 (Comma delimited)"; Google Sheets: File > Download > ' +
      'Comma-separated values; LibreOffice: File > Save As > "Text CSV") and give that file',
  );
}
