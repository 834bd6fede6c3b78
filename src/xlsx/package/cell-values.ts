import type { CellScalar } from '../../devhost/model';
import { attribute, escapeExcelText, escapeXml, findElement, qualify, removeAttribute, rootElement, setAttribute } from './xml';

/**
 * Cell constants written into a worksheet part's text: only the `<c>` of a
 * changed cell is rewritten — its `t` and content — and every other byte of
 * the part stays. Text is an inline string (`t="inlineStr"`), so text that
 * starts with = + - @ is text, never a formula, and the shared strings are
 * not touched.
 */

const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

/** A cell's content and type attribute for a constant: `constantContent('x')` → `{ type: 'inlineStr', content: '<is><t xml:space="preserve">x</t></is>' }`. */
export function constantContent(value: CellScalar): { type?: string; content: string } {
  if (value === null) return { content: '' };
  if (typeof value === 'string') return { type: 'inlineStr', content: `<is><t xml:space="preserve">${escapeXml(escapeExcelText(value))}</t></is>` };
  if (typeof value === 'boolean') return { type: 'b', content: `<v>${value ? 1 : 0}</v>` };
  return { content: `<v>${value}</v>` };
}

/** The cell element `tag` (a `<c …>` start tag) holding `value`: its `t` set for the value, its other attributes kept. */
function cellWith(tag: string, value: CellScalar, prefix: string): string {
  const { type, content } = constantContent(value);
  // `vm` points at a rich value (a picture or data type in the cell) that the new constant replaces.
  let start = removeAttribute(removeAttribute(tag, 'vm'), 't');
  if (type !== undefined) start = setAttribute(start, 't', type);
  start = start.replace(/\s*\/?>$/, '');
  return content === '' ? `${start}/>` : `${start}>${qualify(content, prefix)}</${prefix}c>`;
}

/**
 * The sheet's text with each cell of `values` (A1 → constant) holding its
 * new constant. Every cell must be listed with its `r` (restyleCells lists
 * the ones a sheet lacks); returns the addresses it did not find.
 */
export function withCellValues(xml: string, values: ReadonlyMap<string, CellScalar>): { xml: string; missing: string[] } {
  if (values.size === 0) return { xml, missing: [] };
  const { prefix } = rootElement(xml);
  const data = findElement(xml, `${prefix}sheetData`);
  if (!data) return { xml, missing: [...values.keys()] };
  const pattern = new RegExp(`<${prefix}c(?=[\\s/>])${ATTRIBUTES}(/?)>`, 'g');
  const closing = `</${prefix}c>`;
  const out: string[] = [];
  const found = new Set<string>();
  let from = 0;
  pattern.lastIndex = data.contentStart;
  for (let match = pattern.exec(xml); match && match.index < data.contentEnd; match = pattern.exec(xml)) {
    const tag = match[0];
    const end = match[1] === '/' ? match.index + tag.length : xml.indexOf(closing, match.index + tag.length) + closing.length;
    pattern.lastIndex = end;
    const ref = attribute(tag, 'r');
    if (ref === undefined || !values.has(ref) || found.has(ref)) continue;
    found.add(ref);
    out.push(xml.slice(from, match.index), cellWith(tag, values.get(ref)!, prefix));
    from = end;
  }
  out.push(xml.slice(from));
  return { xml: out.join(''), missing: [...values.keys()].filter((ref) => !found.has(ref)) };
}
