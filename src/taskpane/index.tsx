// The task pane inside Excel: the real Office.js adapter behind the WorkbookHost.
import { ExcelHost } from '../excel/excel-host';
import { startPane } from './start';

startPane(() => new ExcelHost());
