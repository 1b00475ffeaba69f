// worksheet.charts over the in-memory workbook: enough of Excel's chart object model to record
// what the add-in drew (type, title, legend, each series' values and categories, position), so
// tests can assert it. Nothing is rendered.
import type {
  ChartApi, ChartCollectionApi, ChartKind, ChartLegendApi, ChartSeriesApi, ChartSeriesCollectionApi, ChartTitleApi, RangeApi,
} from '../../excel/office-api';
import { quoteSheet, rectAddress } from './a1';
import { FakeOfficeError } from './errors';
import { Batch, actionBytes } from './proxy';
import { FakeRange } from './range';
import type { FakeChart, FakeChartSeries, FakeSheet } from './state';

/** A range's address with its sheet, resolved at sync time, as a series' source. */
function sourceAddress(range: RangeApi): string {
  const { sheet, rect } = (range as FakeRange).located();
  return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
}

class FakeChartSeriesProxy implements ChartSeriesApi {
  constructor(private readonly batch: Batch, private readonly locate: () => FakeChartSeries) {}

  get name(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'The fake does not read series names back; use FakeSheet.charts.');
  }

  set name(name: string) {
    this.batch.enqueue(() => {
      this.locate().name = name;
    }, actionBytes(name));
  }

  setValues(sourceData: RangeApi): void {
    this.batch.enqueue(() => {
      this.locate().values = sourceAddress(sourceData);
    });
  }

  setXAxisValues(sourceData: RangeApi): void {
    this.batch.enqueue(() => {
      this.locate().xValues = sourceAddress(sourceData);
    });
  }
}

class FakeChartProxy implements ChartApi {
  readonly title: ChartTitleApi;
  readonly legend: ChartLegendApi;
  readonly series: ChartSeriesCollectionApi;

  constructor(private readonly batch: Batch, private readonly chart: () => FakeChart) {
    const set = (apply: (c: FakeChart) => void, sent: unknown) => batch.enqueue(() => apply(chart()), actionBytes(sent));
    this.title = {
      get text(): string { throw new FakeOfficeError('PropertyNotLoaded', 'The fake does not read chart titles back.'); },
      set text(text: string) { set((c) => { c.title = text; }, text); },
    };
    this.legend = {
      get position(): ChartLegendApi['position'] { throw new FakeOfficeError('PropertyNotLoaded', 'The fake does not read the legend back.'); },
      set position(position: ChartLegendApi['position']) { set((c) => { c.legend = String(position); }, position); },
    };
    this.series = {
      add: (name?: string) => {
        let created: FakeChartSeries | undefined;
        set((c) => {
          created = { name: name ?? `Series${c.series.length + 1}`, values: null, xValues: null };
          c.series.push(created);
        }, name ?? null);
        return new FakeChartSeriesProxy(batch, () => {
          if (!created) throw new FakeOfficeError('InvalidOperation', 'The series was not created.');
          return created;
        });
      },
      getItemAt: (index: number) => new FakeChartSeriesProxy(batch, () => {
        const s = chart().series[index];
        if (!s) throw new FakeOfficeError('ItemNotFound', `The chart has no series ${index}.`);
        return s;
      }),
    };
  }

  get name(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'The fake does not read chart names back; use FakeSheet.charts.');
  }

  set name(name: string) {
    this.batch.enqueue(() => {
      this.chart().name = name;
    }, actionBytes(name));
  }

  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void {
    const text = (cell: RangeApi | string | undefined) => (cell === undefined ? null : typeof cell === 'string' ? cell : rectAddress((cell as FakeRange).located().rect));
    this.batch.enqueue(() => {
      const c = this.chart();
      c.from = text(startCell);
      c.to = text(endCell);
    });
  }
}

export class FakeChartCollection implements ChartCollectionApi {
  constructor(private readonly batch: Batch, private readonly sheet: () => FakeSheet) {}

  add(type: ChartKind, sourceData: RangeApi, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): ChartApi {
    let created: FakeChart | undefined;
    this.batch.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'The sheet is protected.');
      const { sheet: source, rect } = (sourceData as FakeRange).located();
      const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && rect.rows >= rect.cols);
      const count = byColumns ? rect.cols : rect.rows;
      const series: FakeChartSeries[] = [];
      for (let i = 0; i < count; i++) {
        const part = byColumns ? { ...rect, left: rect.left + i, cols: 1 } : { ...rect, top: rect.top + i, rows: 1 };
        series.push({ name: `Series${i + 1}`, values: `${quoteSheet(source.name)}!${rectAddress(part)}`, xValues: null });
      }
      created = { name: `Chart ${sheet.charts.length + 1}`, type, title: '', legend: 'Right', series, from: null, to: null };
      sheet.charts.push(created);
    }, actionBytes([type, seriesBy]));
    return new FakeChartProxy(this.batch, () => {
      if (!created) throw new FakeOfficeError('InvalidOperation', 'The chart was not created.');
      return created;
    });
  }
}
