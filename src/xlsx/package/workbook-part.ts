import type { SheetVisibility } from '../../devhost/model';
import type { Relationship } from './package-editor';
import { attribute, declaredPrefix, decodeXml, escapeAttribute, findElement, findElements, insertChild, removeAttribute, rootElement, setAttribute } from './xml';

/**
 * The sheet list of xl/workbook.xml edited as text: a `<sheet>` taken out
 * (with the defined names local to it, and the later sheets' local names
 * renumbered) or added last, a sheet's visibility, and the tab shown first.
 * Every other byte of the part stays.
 */

export interface WorkbookSheet {
  name: string;
  /** `visible`, `hidden` or `veryHidden`, as the file writes it. */
  state: string;
  sheetId: number;
  relationshipId?: string;
  /** The part, for a sheet whose relationship resolves. */
  part?: string;
  /** The relationship type's last segment: `worksheet`, `chartsheet`… */
  type?: string;
}

const STATE: Record<SheetVisibility, string> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

const RELATIONSHIP_ID = /\s([\w.-]+):id\s*=\s*"([^"]*)"/;

export class WorkbookPart {
  readonly prefix: string;

  constructor(public xml: string, private readonly relationshipNamespace: string) {
    this.prefix = rootElement(xml).prefix;
  }

  private sheetElements() {
    const list = findElement(this.xml, `${this.prefix}sheets`);
    return { list, sheets: list ? findElements(this.xml, `${this.prefix}sheet`, list.contentStart, list.contentEnd) : [] };
  }

  /** The workbook's sheets in tab order, with their parts. */
  sheets(relations: readonly Relationship[]): WorkbookSheet[] {
    return this.sheetElements().sheets.map(({ tag }) => {
      const id = RELATIONSHIP_ID.exec(tag)?.[2];
      const relationshipId = id === undefined ? undefined : decodeXml(id);
      const relation = relations.find((r) => r.id === relationshipId && !r.external);
      return {
        name: decodeXml(attribute(tag, 'name') ?? ''),
        state: attribute(tag, 'state') ?? 'visible',
        sheetId: Number(attribute(tag, 'sheetId') ?? 0),
        relationshipId,
        part: relation?.target,
        type: relation?.type,
      };
    });
  }

  /** Whether a defined name that is not local to the sheet at `index` refers to the sheet `reference` (`'แผน 2563'!`). */
  namesReferTo(index: number, reference: string): boolean {
    const list = findElement(this.xml, `${this.prefix}definedNames`);
    if (!list) return false;
    const wanted = reference.toLocaleUpperCase();
    return findElements(this.xml, `${this.prefix}definedName`, list.contentStart, list.contentEnd).some((element) => {
      if (attribute(element.tag, 'localSheetId') === String(index)) return false;
      return decodeXml(this.xml.slice(element.contentStart, element.contentEnd)).toLocaleUpperCase().includes(wanted);
    });
  }

  /** Takes out the sheet at `index` (tab order) and the names local to it; later sheets' local names follow them down. */
  removeSheet(index: number): void {
    const element = this.sheetElements().sheets[index];
    this.xml = this.xml.slice(0, element.start) + this.xml.slice(element.end);
    const list = findElement(this.xml, `${this.prefix}definedNames`);
    if (!list || list.selfClosing) return;
    const names = findElements(this.xml, `${this.prefix}definedName`, list.contentStart, list.contentEnd);
    let content = '';
    for (const name of names) {
      const local = attribute(name.tag, 'localSheetId');
      const localIndex = local === undefined ? undefined : Number(local);
      if (localIndex === index) continue;
      const tag = localIndex !== undefined && localIndex > index ? setAttribute(name.tag, 'localSheetId', String(localIndex - 1)) : name.tag;
      content += tag + this.xml.slice(name.start + name.tag.length, name.end);
    }
    // A list left empty goes: the schema wants at least one name in it.
    this.xml = content === ''
      ? this.xml.slice(0, list.start) + this.xml.slice(list.end)
      : this.xml.slice(0, list.contentStart) + content + this.xml.slice(list.contentEnd);
  }

  /** Adds a sheet last, pointing at relationship `relationshipId`. */
  addSheet(name: string, visibility: SheetVisibility, relationshipId: string): void {
    const { list, sheets } = this.sheetElements();
    const sheetIds = sheets.map(({ tag }) => Number(attribute(tag, 'sheetId') ?? 0)).filter(Number.isFinite);
    const declared = declaredPrefix(this.xml, this.relationshipNamespace);
    const idAttribute = declared ? `${declared}:id="${relationshipId}"` : `xmlns:r="${this.relationshipNamespace}" r:id="${relationshipId}"`;
    const state = visibility === 'Visible' ? '' : ` state="${STATE[visibility]}"`;
    const element = `<${this.prefix}sheet name="${escapeAttribute(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}"${state} ${idAttribute}/>`;
    this.xml = insertChild(this.xml, list!, `${this.prefix}sheets`, element, []);
  }

  /** Sets the visibility of the sheet at `index`. */
  setVisibility(index: number, visibility: SheetVisibility): void {
    const element = this.sheetElements().sheets[index];
    const tag = visibility === 'Visible' ? removeAttribute(element.tag, 'state') : setAttribute(element.tag, 'state', STATE[visibility]);
    this.xml = this.xml.slice(0, element.start) + tag + this.xml.slice(element.start + element.tag.length);
  }

  /** The tab shown when the file opens (`activeTab` of the first window; 0 when it says none). */
  activeTab(): number {
    const view = findElement(this.xml, `${this.prefix}workbookView`);
    return Number(view && attribute(view.tag, 'activeTab') ? attribute(view.tag, 'activeTab') : 0);
  }

  /** Shows the tab at `index` first; the first tab shown in the tab bar moves back if it was past it. */
  setActiveTab(index: number): void {
    const view = findElement(this.xml, `${this.prefix}workbookView`);
    if (!view) {
      const views = `<${this.prefix}bookViews><${this.prefix}workbookView activeTab="${index}"/></${this.prefix}bookViews>`;
      const root = findElement(this.xml, `${this.prefix}workbook`)!;
      this.xml = insertChild(this.xml, root, `${this.prefix}workbook`, views, ['sheets', 'functionGroups', 'externalReferences', 'definedNames', 'calcPr', 'extLst'].map((name) => this.prefix + name));
      return;
    }
    let tag = index === 0 ? removeAttribute(view.tag, 'activeTab') : setAttribute(view.tag, 'activeTab', String(index));
    const first = Number(attribute(tag, 'firstSheet') ?? 0);
    if (first > index) tag = setAttribute(tag, 'firstSheet', String(index));
    this.xml = this.xml.slice(0, view.start) + tag + this.xml.slice(view.start + view.tag.length);
  }
}
