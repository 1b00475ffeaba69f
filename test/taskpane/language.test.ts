// The pane and the ribbon's quick check start in Office's display language
// (Office.context.displayLanguage) when the workbook has not saved one.
import { langFromLocale } from '../../src/core/i18n';

describe('starting language from Office\'s display language', () => {
  it('is Vietnamese for Vietnamese Office, and when Office does not say', () => {
    expect(langFromLocale('vi-VN')).toBe('vi');
    expect(langFromLocale('VI')).toBe('vi');
    expect(langFromLocale(undefined)).toBe('vi');
    expect(langFromLocale('')).toBe('vi');
  });

  it('is English for any other display language', () => {
    expect(langFromLocale('en-US')).toBe('en');
    expect(langFromLocale('fr-FR')).toBe('en');
  });
});
