// Every way a workbook can be unusable ends as an XlsxError: one line (texts from
// core/i18n/xlsx.ts) naming the file and saying what to do. Callers show the message as is.
export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxError';
  }
}
