// For `npm run bench`: what a whole check costs in requests to Excel, through the adapter over
// the fake Office.js (which refuses, as Excel on the web does, any request or response over
// 5 MB): for each size, the syncs and the largest request and response of each step (read the
// sheet, mark every finding, write the three result sheets, clear the marks). The check itself
// runs in the pane and sends nothing.
import { checkGrid, defaultSettings } from '../core/check';
import type { CellValue, Grid } from '../core/grid';
import { buildCheckSheets } from '../core/sheets';
import { fakeWorkbookFromGrids, installFakeOffice, PAYLOAD_LIMIT, type FakeWorkbook } from '../preview/fake-office';
import { ExcelHost } from './excel-host';

export const BENCH_SIZES = [100, 1_000, 10_000, 20_000, 100_000];

/** A plan appendix as officers type it: mixed money texts, a missing source every fifth item. */
function plan(items: number): Grid {
  const values: CellValue[][] = [
    ['PHỤ LỤC IV — DANH MỤC NHIỆM VỤ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN GIAI ĐOẠN 2021 - 2025', null, null, null, null, null],
    ['Đơn vị tính: Triệu đồng', null, null, null, null, null],
    ['Số thứ tự', 'Tên dự án/nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian thực hiện', 'Tổng mức đầu tư', 'Nguồn vốn'],
    ['I', 'Dự án, nhiệm vụ ứng dụng công nghệ thông tin', null, null, null, null],
  ];
  for (let i = 0; i < items; i++) {
    const amount = i % 10 === 3 ? '3.000 (600/năm)' : 100 + (i % 97);
    values.push([String(i + 1), `Nâng cấp hệ thống thông tin quản lý văn bản và điều hành số ${i + 1}`, 'Sở Thông tin và Truyền thông', '2021-2023', amount, i % 5 ? 'NSĐP (Vốn đầu tư)' : null]);
  }
  return { sheet: 'PL IV', top: 1, left: 1, values };
}

export interface StepCost {
  step: 'read' | 'mark' | 'write' | 'clear';
  syncs: number;
  /** Largest request and response of the step, in bytes as the fake weighs them (UTF-8 JSON). */
  sent: number;
  received: number;
  ms: number;
}

export interface SizeCost {
  rows: number;
  findings: number;
  markedCells: number;
  steps: StepCost[];
}

async function measure(book: FakeWorkbook, step: StepCost['step'], work: () => Promise<unknown>): Promise<StepCost> {
  const first = book.requests.length;
  const started = Date.now();
  await work();
  const ms = Date.now() - started;
  const requests = book.requests.slice(first);
  if (requests.some((r) => r.failed)) throw new Error(`bench: a ${step} request failed`);
  return {
    step, ms, syncs: requests.length,
    sent: Math.max(0, ...requests.map((r) => r.sent)),
    received: Math.max(0, ...requests.map((r) => r.received)),
  };
}

export async function costFor(rows: number): Promise<SizeCost> {
  const book = fakeWorkbookFromGrids([plan(rows)]);
  const uninstall = installFakeOffice(book);
  try {
    const host = new ExcelHost();
    let grid: Grid | null = null;
    const steps = [await measure(book, 'read', async () => { grid = await host.readActiveSheet(); })];
    const read = grid as unknown as Grid;
    const tables = checkGrid(read, defaultSettings());
    const findings = tables.flatMap((t) => t.findings);
    let markedCells = 0;
    steps.push(await measure(book, 'mark', async () => { markedCells = await host.markFindings(read.sheet, findings); }));
    steps.push(await measure(book, 'write', async () => {
      for (const sheet of buildCheckSheets({ file: 'bench', tables }, [read], 'vi')) await host.writeSheet(sheet);
    }));
    steps.push(await measure(book, 'clear', () => host.clearMarks()));
    return { rows, findings: findings.length, markedCells, steps };
  } finally {
    uninstall();
  }
}

/** Every size of BENCH_SIZES (or those given); the limit every request stayed under. */
export async function requestCosts(sizes = BENCH_SIZES): Promise<{ limit: number; sizes: SizeCost[] }> {
  const out: SizeCost[] = [];
  for (const rows of sizes) out.push(await costFor(rows));
  return { limit: PAYLOAD_LIMIT, sizes: out };
}
