// Mounts the pane once Office is ready. Outside Excel (office.js missing, or a browser with no
// Office host) it shows a short note and a link to the preview instead of a blank page.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { langFromLocale } from '../core/i18n';
import type { Lang } from '../core/types';
import type { WorkbookHost } from '../excel/host';
import { App } from './App';
import { WorkerChecker } from './check/client';
import { NoOffice } from './NoOffice';

function rootElement(): HTMLElement {
  const existing = document.getElementById('container');
  if (existing) return existing;
  const created = document.createElement('div');
  created.id = 'container';
  document.body.appendChild(created);
  return created;
}

export interface PaneHandle {
  /** Starts the pane afresh (the preview after opening another workbook). */
  remount(): void;
}

export function startPane(createHost: () => WorkbookHost, previewUrl = 'preview.html'): PaneHandle {
  // The page tells the old-engine check (taskpane.html) that the bundle ran.
  (window as { ngansachLoaded?: boolean }).ngansachLoaded = true;
  const root = createRoot(rootElement());
  let mounts = 0;
  let checker: WorkerChecker | null = null;
  let last: { inExcel: boolean; lang?: Lang } | null = null;
  const render = (inExcel: boolean, lang?: Lang) => {
    last = { inExcel, lang };
    checker?.dispose();
    checker = inExcel ? new WorkerChecker() : null;
    mounts++;
    root.render(
      <FluentProvider theme={webLightTheme}>
        {checker ? <App key={mounts} host={createHost()} checker={checker} initialLang={lang} /> : <NoOffice previewUrl={previewUrl} />}
      </FluentProvider>,
    );
  };
  const handle: PaneHandle = {
    remount: () => {
      if (last) render(last.inExcel, last.lang);
    },
  };
  // office.js comes from Microsoft's CDN; without it (offline, or opened by hand) there is no Office.
  if (typeof Office === 'undefined') {
    render(false);
    return handle;
  }
  void Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    render(inExcel, inExcel ? langFromLocale(Office.context?.displayLanguage) : undefined);
  });
  return handle;
}
