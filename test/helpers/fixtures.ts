// The workbooks the tests read, kept in the repository (test/fixtures/workbooks) so a fresh
// clone tests itself with nothing beside it. What is known about each: test/fixtures/README.md.
import * as path from 'path';

export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures', 'workbooks');

export function fixture(name: string): string {
  return path.join(FIXTURES_DIR, name);
}

export const FIXTURE_II = fixture('ke-hoach-2016-2020-phu-luc-ii.xlsx');
export const FIXTURE_III = fixture('ke-hoach-2016-2020-phu-luc-iii.xlsx');
export const FIXTURE_SURVEY = fixture('khao-sat-mau.xlsx');
