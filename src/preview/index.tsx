// The preview: the real task pane and the real Office.js adapter over an in-memory fake of
// Office.js holding the fixture plan (Phụ lục II). Runs offline in any browser; the browser
// tests drive it and read back what was written through window.ngansachPreview.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Grid } from '../core/grid';
import { ExcelHost } from '../excel/excel-host';
import { startPane } from '../taskpane/start';
import { fakeWorkbookFromGrids, installFakeOffice, type FakeWorkbook } from './fake-office';
import example from './example-workbook.json';
import { PreviewBar } from './PreviewBar';

export interface PreviewHandle {
  book: FakeWorkbook;
  grids: Grid[];
}

declare global {
  interface Window {
    ngansachPreview?: PreviewHandle;
  }
}

const grids: Grid[] = example.grids;
const book = fakeWorkbookFromGrids(grids);
installFakeOffice(book);
window.ngansachPreview = { book, grids };

const bar = document.createElement('div');
const pane = document.createElement('div');
pane.id = 'container';
pane.style.maxWidth = '420px';
document.getElementById('preview-root')?.append(bar, pane);

createRoot(bar).render(
  <FluentProvider theme={webLightTheme}>
    <PreviewBar book={book} source={example.source} />
  </FluentProvider>,
);
startPane(() => new ExcelHost(), 'preview.html');
