// Settings live in the workbook, so a file carries its period, unit and threshold.
import type { StoredSettings } from '../../src/excel/host';
import { hostOver, planGrid } from './helpers';

const SETTINGS: StoredSettings = { lang: 'en', period: { from: 2021, to: 2025 }, unit: 'triệu đồng', securityShare: '0.10', ruleSet: 'nd73-2019' };

describe('ExcelHost settings and selection', () => {
  it('saves settings into the document and reads them back', async () => {
    const { book, host } = hostOver([planGrid()]);
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings(SETTINGS);
    expect(book.savedSettings.has('ngansach.settings')).toBe(true);
    expect(await host.loadSettings()).toEqual(SETTINGS);
  });

  it('drops malformed fields from a workbook instead of trusting them', async () => {
    const { book, host } = hostOver([planGrid()]);
    book.settings.set('ngansach.settings', JSON.stringify({ lang: 'fr', period: { from: 2025, to: 2021 }, unit: 'đô la', securityShare: 0.1, ruleSet: 'nd73-2019' }));
    expect(await host.loadSettings()).toEqual({ ruleSet: 'nd73-2019' });
  });

  it('selectCell activates the sheet and selects the finding\'s cell', async () => {
    const { book, host } = hostOver([planGrid('PL IV'), planGrid('PL V')]);
    await host.selectCell('PL V', 'D$6');
    expect(book.activeSheet).toBe('PL V');
    expect(book.selection).toEqual({ sheet: 'PL V', address: 'D6' });
  });
});
