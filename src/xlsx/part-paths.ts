/** Paths inside an .xlsx package, shared by the reader and the writer. */

/**
 * A relationship target as a part path, from the folder of the part holding it:
 * `resolvePart('xl/worksheets/', '../tables/table1.xml')` → `xl/tables/table1.xml`.
 */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = base.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The relationships part of a part: `relsPathOf('xl/workbook.xml')` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
