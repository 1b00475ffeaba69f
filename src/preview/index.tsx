// The preview: the real task pane and the real Office.js adapter over an in-memory fake of
// Office.js, holding the fixture plan (Phụ lục II) until another workbook is opened with
// "Mở tệp Excel". Runs offline in any browser; the browser tests and the bench drive it and read
// back what was written through window.ngansachPreview.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Grid } from '../core/grid';
import { vi as t } from '../core/i18n/pane';
import { ExcelHost } from '../excel/excel-host';
import { startPane } from '../taskpane/start';
import { fakeWorkbookFromGrids, installFakeOffice, type FakeWorkbook } from './fake-office';
import example from './example-workbook.json';
import { PreviewBar } from './PreviewBar';
import { readWorkbook } from './workbook-reader';

export interface PreviewHandle {
  book: FakeWorkbook;
  grids: Grid[];
  /** Replaces the open workbook with these sheets and starts the pane afresh on it. */
  openGrids(grids: Grid[], source: string): void;
}

declare global {
  interface Window {
    ngansachPreview?: PreviewHandle;
  }
}

const bar = document.createElement('div');
const pane = document.createElement('div');
pane.id = 'container';
pane.style.maxWidth = '420px';
document.getElementById('preview-root')?.append(bar, pane);
const barRoot = createRoot(bar);

let uninstall: (() => void) | null = null;
let source = '';

function renderBar(status: string | null): void {
  barRoot.render(
    <FluentProvider theme={webLightTheme}>
      <PreviewBar key={source} book={handle.book} source={source} status={status} onOpen={(file) => void openFile(file).then(renderBar)} />
    </FluentProvider>,
  );
}

function load(grids: Grid[], from: string): FakeWorkbook {
  uninstall?.();
  const book = fakeWorkbookFromGrids(grids);
  uninstall = installFakeOffice(book);
  handle.book = book;
  handle.grids = grids;
  source = from;
  renderBar(null);
  return book;
}

async function openFile(file: File): Promise<string> {
  let grids: Grid[];
  try {
    grids = await readWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch (error) {
    // The reader's own one-line reason (password-protected, not a workbook, …).
    return t.preview.openFailed(file.name, error instanceof Error ? error.message : String(error));
  }
  if (grids.length === 0) return t.preview.openFailed(file.name, t.preview.noSheets);
  handle.openGrids(grids, file.name);
  return t.preview.opened(file.name, grids.length);
}

const handle: PreviewHandle = {
  book: undefined as unknown as FakeWorkbook,
  grids: [],
  openGrids(grids, from) {
    load(grids, from);
    paneHandle.remount();
  },
};
window.ngansachPreview = handle;

load(example.grids as Grid[], example.source);
const paneHandle = startPane(() => new ExcelHost(), 'preview.html');
