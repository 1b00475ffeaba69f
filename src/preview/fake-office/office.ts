// The Office global for the fake: document settings, onReady, the ribbon's actions and
// showAsTaskpane. Enough for the add-in's own code; nothing here touches Node or the network.
import type { OfficeApi, SettingsApi } from '../../excel/office-api';
import type { FakeWorkbook } from './state';

// @types/office-js declares these enums as numbers, but office.js uses strings at run time;
// the fake gives the run-time values and tells TypeScript they are the declared enum members.
const STATUS = { Succeeded: 'succeeded', Failed: 'failed' } as unknown as typeof Office.AsyncResultStatus;
const HOST_EXCEL = 'Excel' as unknown as Office.HostType;
const PLATFORM_WEB = 'OfficeOnline' as unknown as Office.PlatformType;

/** Settings are stored as JSON text, so a value that cannot survive the round trip shows up in tests. */
export class FakeSettings implements SettingsApi {
  constructor(private readonly book: FakeWorkbook) {}

  get(name: string): unknown {
    const text = this.book.settings.get(name);
    return text === undefined ? null : JSON.parse(text);
  }

  set(name: string, value: unknown): void {
    this.book.settings.set(name, JSON.stringify(value));
  }

  remove(name: string): void {
    this.book.settings.delete(name);
  }

  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
    const book = this.book;
    void Promise.resolve().then(() => {
      book.savedSettings.clear();
      for (const [k, v] of book.settings) book.savedSettings.set(k, v);
      const result: Office.AsyncResult<void> = {
        status: STATUS.Succeeded, value: undefined, asyncContext: undefined, diagnostics: undefined,
        error: undefined as unknown as Office.Error,
      };
      callback?.(result);
    });
  }
}

export interface FakeOfficeGlobal extends OfficeApi {
  readonly context: { readonly document: { readonly settings: SettingsApi }; readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
  onReady: typeof Office.onReady;
  readonly addin: Pick<typeof Office.addin, 'showAsTaskpane'>;
  readonly actions: Pick<typeof Office.actions, 'associate'>;
  readonly HostType: { readonly Excel: Office.HostType };
  readonly PlatformType: { readonly OfficeOnline: Office.PlatformType };
}

export function fakeOffice(book: FakeWorkbook): FakeOfficeGlobal {
  const info = { host: HOST_EXCEL, platform: PLATFORM_WEB };
  return {
    context: {
      document: { settings: new FakeSettings(book) },
      // Only the ExcelApi sets vary in tests; the others (custom functions …) are always there.
      requirements: { isSetSupported: (name: string, minVersion = '1.1') => name !== 'ExcelApi' || book.supportsExcelApi(minVersion) },
    },
    AsyncResultStatus: STATUS,
    HostType: { Excel: HOST_EXCEL },
    PlatformType: { OfficeOnline: PLATFORM_WEB },
    onReady(callback?: (i: typeof info) => unknown) {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    addin: {
      async showAsTaskpane() {
        book.taskpaneShown = true;
      },
    },
    actions: {
      associate(actionId: string, actionFunction: (arg?: unknown) => void) {
        book.actions.set(actionId, actionFunction);
      },
    },
  };
}
