/// <reference types="office-js" />
import { chartPicture } from '../../src/devhost/chart';
import { errorCodeOf, simulatedHost } from './helpers';

const SUMMARY = [
  ['Agency', 'Projects', 'Budget', 'Disbursed'],
  ['สำนักการโยธา', 2, 2_000_000, 300_000],
  ['สำนักการระบายน้ำ', 3, 3_000_000, 450_000],
];

describe('charts', () => {
  test('add() over a block with labels reads the first row as series names and the first column as categories', async () => {
    const host = simulatedHost([{ name: 'Summary', rows: SUMMARY }]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Summary');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:A3').getResizedRange(0, 3), 'Columns');
      chart.load('name,chartType');
      const count = sheet.charts.getCount();
      await context.sync();
      expect(chart.name).toBe('Chart 1');
      expect(chart.chartType).toBe('ColumnClustered');
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs only the sync
      expect(count.value).toBe(1);
    });
    const [chart] = host.model.sheets[0].charts!;
    expect(chartPicture(host.model, chart)).toEqual({
      name: 'Chart 1', type: 'ColumnClustered', axisTitles: {},
      categories: ['สำนักการโยธา', 'สำนักการระบายน้ำ'],
      series: [
        { name: 'Projects', values: [2, 3] },
        { name: 'Budget', values: [2_000_000, 3_000_000] },
        { name: 'Disbursed', values: [300_000, 450_000] },
      ],
    });
  });

  test('a chart keeps references: it follows later edits of its cells, and setCategoryNames names its categories', async () => {
    const host = simulatedHost([{ name: 'Summary', rows: SUMMARY }]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Summary');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('C1:D3'), 'Columns');
      chart.axes.categoryAxis.setCategoryNames(sheet.getRange('A2:A3'));
      chart.title.text = 'Budget and disbursed';
      chart.axes.valueAxis.title.text = 'THB';
      chart.legend.position = 'Bottom';
      chart.setPosition('A6', 'F20');
      sheet.getRange('D2').values = [[400_000]];
      const title = chart.title.load('text');
      const series = chart.series.load('items/name');
      await context.sync();
      expect(title.text).toBe('Budget and disbursed');
      expect(series.items.map((item) => item.name)).toEqual(['Budget', 'Disbursed']);
    });
    const [chart] = host.model.sheets[0].charts!;
    expect(chart.position).toEqual({ start: 'A6', end: 'F20' });
    expect(chart.legend).toEqual({ visible: true, position: 'Bottom' });
    expect(chartPicture(host.model, chart)).toMatchObject({
      title: 'Budget and disbursed', axisTitles: { value: 'THB' },
      categories: ['สำนักการโยธา', 'สำนักการระบายน้ำ'],
      series: [{ name: 'Budget', values: [2_000_000, 3_000_000] }, { name: 'Disbursed', values: [400_000, 450_000] }],
    });
  });

  test.each([
    ['a chart type that is no ChartType value', 'ColumnClusterd', 'Auto'],
    ['the lower-case spelling of a type', 'columnClustered', 'Auto'],
    ['Invalid, which Excel refuses to create', 'Invalid', 'Auto'],
    ['a seriesBy that is no ChartSeriesBy value', 'ColumnClustered', 'columns'],
  ])('add() refuses %s with InvalidArgument and makes no chart', async (_, type, seriesBy) => {
    const host = simulatedHost([{ name: 'Summary', rows: SUMMARY }]);
    const code = await errorCodeOf(host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Summary');
      sheet.charts.add(type as Excel.ChartType, sheet.getRange('A1:D3'), seriesBy as Excel.ChartSeriesBy);
      await context.sync();
    }));
    expect(code).toBe('InvalidArgument');
    expect(host.model.sheets[0].charts ?? []).toEqual([]);
  });

  test('Auto puts the series in columns on the web and along the longer side on the desktop', async () => {
    const wide = [['', 'Oct', 'Nov', 'Dec', 'Jan'], ['Budget', 1, 2, 3, 4], ['Disbursed', 1, 1, 2, 2]];
    for (const [platform, names] of [['web', ['Oct', 'Nov', 'Dec', 'Jan']], ['desktop', ['Budget', 'Disbursed']]] as const) {
      const host = simulatedHost([{ name: 'S', rows: wide }], { platform });
      await host.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('S');
        sheet.charts.add('Line', sheet.getRange('A1:E3'), 'Auto');
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one host per platform, each checked on its own
        await context.sync();
      });
      expect(chartPicture(host.model, host.model.sheets[0].charts![0]).series.map((series) => series.name)).toEqual(names);
    }
  });

  test('setCategoryNames needs ExcelApi 1.7: a host without it fails the sync with ApiNotFound', async () => {
    const host = simulatedHost([{ name: 'Summary', rows: SUMMARY }], { supported: { ExcelApi: '1.6' } });
    const code = await errorCodeOf(host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Summary');
      sheet.charts.add('ColumnClustered', sheet.getRange('C1:D3'), 'Columns').axes.categoryAxis.setCategoryNames(sheet.getRange('A2:A3'));
      await context.sync();
    }));
    expect(code).toBe('ApiNotFound');
  });

  test('a chart goes with its sheet, and delete() removes it; its properties must be loaded before they are read', async () => {
    const host = simulatedHost([{ name: 'Summary', rows: SUMMARY }, { name: 'Other' }]);
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Summary');
      const chart = sheet.charts.add('BarClustered', sheet.getRange('A1:D3'), 'Rows');
      expect(() => chart.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      chart.delete();
      const count = sheet.charts.getCount();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs only the sync
      expect(count.value).toBe(0);
    });
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Summary');
      sheet.charts.add('Pie', sheet.getRange('A1:B3'));
      await context.sync();
      sheet.delete();
      await context.sync();
    });
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(['Other']);
  });
});
