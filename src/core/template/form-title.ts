/**
 * The standard form's title (DESIGN §2), in cell A1 of every form this product fills. Its own
 * module: reading a workbook needs only the title to tell a filled form from data, not the form.
 */
export const STANDARD_FORM_TITLE = 'แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ';
