import type { CellValue, Field, Grid } from '../model';
import { parseAmount, parseCount, parsePercent } from '../parse';
import { isEmptyValue } from './cell-empty';

/** A column's field chosen from its values, and why, in both languages. */
export interface DataReading {
  field?: Field;
  reason: { th: string; en: string };
}

/** Where a table's cells are within a grid: the data rows and the columns the decisions read. */
export interface ColumnSample {
  grid: Grid;
  /** 0-based grid rows of the data, first and last (inclusive). */
  firstRow: number;
  lastRow: number;
  /** 0-based grid column of the open column. */
  column: number;
  /** 0-based grid columns of the project code and the report number, when the table has them. */
  codeColumn?: number;
  reportNoColumn?: number;
  header: string;
}

/** Share of non-empty cells that must agree before the data decides (percentages vs text). */
const AGREEING_SHARE = 0.8;

/**
 * A disbursement column whose header does not say which kind: cumulative when its amounts
 * never go down within a project (report-number order), in period when they do (DESIGN §3,
 * issue "Read the workbooks agencies actually send").
 * `readDisbursementKind(sample)` → `{ field: 'disbursedInPeriod', reason: … 'goes down within 03000000-2441' }`.
 */
export function readDisbursementKind(sample: ColumnSample): DataReading {
  const { grid, column, codeColumn, reportNoColumn, header } = sample;
  const byProject = new Map<string, { order: number; amount: number }[]>();
  for (let r = sample.firstRow; r <= sample.lastRow; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const amount = parseAmount(row[column] ?? null);
    if (!amount.ok) continue;
    const code = codeColumn === undefined ? '' : String(row[codeColumn] ?? '').trim();
    const reportNo = reportNoColumn === undefined ? undefined : parseCount(row[reportNoColumn] ?? null);
    const order = reportNo?.ok ? reportNo.value : r;
    let list = byProject.get(code);
    if (!list) byProject.set(code, (list = []));
    list.push({ order, amount: amount.value });
  }
  let compared = 0;
  for (const [code, list] of byProject) {
    if (list.length < 2) continue;
    compared++;
    list.sort((a, b) => a.order - b.order);
    for (let i = 1; i < list.length; i++) {
      if (list[i].amount < list[i - 1].amount - 0.005) {
        const where = code === '' ? '' : ` ${code}`;
        return {
          field: 'disbursedInPeriod',
          reason: {
            th: `"${header}" อ่านเป็นยอดเบิกจ่ายในงวด: ยอดลดลงในโครงการ${where} จึงไม่ใช่ยอดสะสม`,
            en: `"${header}" read as disbursed in period: the amounts go down within project${where}, so they are not cumulative`,
          },
        };
      }
    }
  }
  if (compared === 0) {
    return {
      field: 'disbursedToDate',
      reason: {
        th: `"${header}" อ่านเป็นยอดเบิกจ่ายสะสม: ไม่มีโครงการใดมียอดสองรายงานให้เปรียบเทียบ หากเป็นยอดในงวด ให้จับคู่คอลัมน์เอง`,
        en: `"${header}" read as cumulative disbursement: no project has two amounts to compare; map the column yourself if it is per period`,
      },
    };
  }
  return {
    field: 'disbursedToDate',
    reason: {
      th: `"${header}" อ่านเป็นยอดเบิกจ่ายสะสม: ยอดไม่เคยลดลงในโครงการใด (เปรียบเทียบ ${compared} โครงการ)`,
      en: `"${header}" read as cumulative disbursement: it never decreases within a project (${compared} compared)`,
    },
  };
}

/** Text long enough to be a description of a stage rather than a short code or a mark. */
const STAGE_TEXT_LENGTH = 8;

/**
 * A column under a header such as `ผลการดำเนินงาน` that may be the progress percentage or the
 * stage text: the values decide when at least 80 % of them agree; otherwise nothing is chosen.
 */
export function readProgressOrStage(sample: ColumnSample): DataReading {
  const { grid, column, header } = sample;
  let filled = 0;
  let percents = 0;
  let texts = 0;
  for (let r = sample.firstRow; r <= sample.lastRow; r++) {
    const value: CellValue | undefined = grid.values[r]?.[column];
    if (isEmptyValue(value)) continue;
    filled++;
    const percent = parsePercent(value ?? null, grid.numberFormats[r]?.[column] ?? 'General');
    if (percent.ok && percent.value >= 0 && percent.value <= 100) percents++;
    else if (typeof value === 'string' && value.trim().length >= STAGE_TEXT_LENGTH) texts++;
  }
  if (filled > 0 && percents >= filled * AGREEING_SHARE) {
    return {
      field: 'progress',
      reason: {
        th: `"${header}" อ่านเป็นร้อยละความก้าวหน้า: ${percents} จาก ${filled} ช่องเป็นตัวเลข 0–100`,
        en: `"${header}" read as progress: ${percents} of ${filled} cells are numbers from 0 to 100`,
      },
    };
  }
  if (filled > 0 && texts >= filled * AGREEING_SHARE) {
    return {
      field: 'stage',
      reason: {
        th: `"${header}" อ่านเป็นขั้นตอนการดำเนินงาน: ${texts} จาก ${filled} ช่องเป็นข้อความ`,
        en: `"${header}" read as the stage: ${texts} of ${filled} cells are text`,
      },
    };
  }
  return {
    reason: {
      th: `"${header}" อาจเป็นร้อยละความก้าวหน้าหรือขั้นตอนการดำเนินงาน แต่ข้อมูลในคอลัมน์ไม่ชี้ชัด จึงยังไม่ได้ตรวจ ให้จับคู่คอลัมน์เอง`,
      en: `"${header}" may be progress or the stage, but its values do not say which, so it was not checked; map the column yourself`,
    },
  };
}
