// Mounts the pane once Office is ready. Outside Excel (office.js missing, or a browser with no
// Office host) it shows a short note and a link to the preview instead of a blank page.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { WorkbookHost } from '../excel/host';
import { App } from './App';
import { NoOffice } from './NoOffice';

function rootElement(): HTMLElement {
  const existing = document.getElementById('container');
  if (existing) return existing;
  const created = document.createElement('div');
  created.id = 'container';
  document.body.appendChild(created);
  return created;
}

export function startPane(createHost: () => WorkbookHost, previewUrl = 'preview.html'): void {
  const root = createRoot(rootElement());
  const render = (inExcel: boolean) =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        {inExcel ? <App host={createHost()} /> : <NoOffice previewUrl={previewUrl} />}
      </FluentProvider>,
    );
  // office.js comes from Microsoft's CDN; without it (offline, or opened by hand) there is no Office.
  if (typeof Office === 'undefined') {
    render(false);
    return;
  }
  void Office.onReady((info) => render(info.host === Office.HostType.Excel));
}
