// The pane gets a survey's money a year that no year takes (summary `ratesWithoutYears`) through
// the worker's wire as the CLI states it, and words it with the CLI's one line. A survey: 3.000
// invested, 200 + 600 a year for years nobody states (worked out by hand).
import { defaultStoredSettings } from '../../src/taskpane/settings';
import { WorkerChecker } from '../../src/taskpane/check/client';
import { ratesLine } from '../../src/core/i18n/report';
import { LEASE_SURVEY } from '../helpers/layouts';
import { gridOf } from '../helpers/sheets';

it('carries the money a year left out of the total to the pane, and words it as the report does', async () => {
  const view = await new WorkerChecker().check(gridOf(LEASE_SURVEY), defaultStoredSettings(), 'vi');
  const s = view.tables[0].summary;
  expect(s.total.toFixed()).toBe('3000');
  expect(s.ratesWithoutYears?.year?.toFixed()).toBe('800');
  expect(s.ratesWithoutYears?.month).toBeNull();
  expect(s.ratesWithoutYears && ratesLine('vi', s.ratesWithoutYears, 'triệu đồng')).toBe('Chưa cộng vào tổng (không rõ số năm): 800 triệu đồng/năm (E4, E5)');
});
