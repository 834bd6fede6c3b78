/**
 * A package part's XML read and edited as text. The writer changes only what
 * it must, so a part is never parsed into a tree and written out again (that
 * would normalise line ends, character references and whitespace the user's
 * file has). Everything here assumes what Excel's parts are: no comments or
 * CDATA around the elements looked for, and no element nested in one of its own name.
 */

/** Text with the five predefined entities and character references decoded; a reference to no character stays as written. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|apos|amp);/gi, (whole, entity: string) => {
    switch (entity.toLowerCase()) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      case 'amp': return '&';
      default: {
        const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
    }
  });
}

/** Text safe in element content and in a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An attribute value: escaped, with tabs and line breaks as character references (a parser would read them as spaces). */
export function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text as a package stores it (ECMA-376 Part 1, §22.9.2.19 ST_Xstring):
 * characters XML cannot hold — control characters, a carriage return, a
 * lone surrogate, U+FFFE and U+FFFF — as `_xHHHH_`, and a literal `_xHHHH_`
 * behind an escaped underscore, as Excel writes them.
 * `escapeExcelText('a\rb_x0041_')` → `a_x000D_b_x005F_x0041_`.
 */
export function escapeExcelText(text: string): string {
  const code = (ch: string) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F\\uFFFE\\uFFFF]|${LONE_SURROGATE.source}`, 'g'), code);
}

/** The text escapeExcelText stored, as Excel reads it. */
export function unescapeExcelText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

function namePattern(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const attributePatterns = new Map<string, RegExp>();

/** The raw (still escaped) value of attribute `name` in one start tag: `attribute('<c r="B2" s="3">', 's')` → `3`. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, pattern = new RegExp(`\\s${namePattern(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`));
  const match = pattern.exec(tag);
  return match ? match[1] ?? match[2] : undefined;
}

/** The start tag with attribute `name` set to `value` (already escaped): replaced where it is, else added last. */
export function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${namePattern(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, (_, head: string) => `${head}"${value}"`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${value}"${tag.slice(end)}`;
}

/** The start tag without attribute `name`. */
export function removeAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${namePattern(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/** Where an element is in a part's text. */
export interface ElementSpan {
  /** Offset of its `<`. */
  start: number;
  /** Offset just past its end tag (or past `/>`). */
  end: number;
  /** Its start tag, attributes included. */
  tag: string;
  /** Its content: from just past the start tag to its end tag (empty when self-closing). */
  contentStart: number;
  contentEnd: number;
  selfClosing: boolean;
}

const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

/** A global pattern for the start tags of elements named `qualifiedName` (prefix included). */
function startTagPattern(qualifiedName: string): RegExp {
  return new RegExp(`<${namePattern(qualifiedName)}(?=[\\s/>])${ATTRIBUTES}/?>`, 'g');
}

const closingPatterns = new Map<string, RegExp>();

/** The offsets of the first end tag `</qualifiedName>` at or after `from`: where it starts and just past it. */
function closingTag(xml: string, qualifiedName: string, from: number): [number, number] | undefined {
  let pattern = closingPatterns.get(qualifiedName);
  if (!pattern) closingPatterns.set(qualifiedName, pattern = new RegExp(`</${namePattern(qualifiedName)}\\s*>`, 'g'));
  pattern.lastIndex = from;
  const match = pattern.exec(xml);
  return match ? [match.index, match.index + match[0].length] : undefined;
}

/** Every element named `qualifiedName` between offsets `from` and `to`, in order. */
export function findElements(xml: string, qualifiedName: string, from = 0, to = xml.length): ElementSpan[] {
  const pattern = startTagPattern(qualifiedName);
  const found: ElementSpan[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(xml); match && match.index < to; match = pattern.exec(xml)) {
    const tag = match[0];
    const contentStart = match.index + tag.length;
    if (tag.endsWith('/>')) {
      found.push({ start: match.index, end: contentStart, tag, contentStart, contentEnd: contentStart, selfClosing: true });
      continue;
    }
    const closing = closingTag(xml, qualifiedName, contentStart);
    if (!closing) break;
    const [contentEnd, end] = closing;
    found.push({ start: match.index, end, tag, contentStart, contentEnd, selfClosing: false });
    pattern.lastIndex = end;
  }
  return found;
}

/** The first element named `qualifiedName` between `from` and `to`. */
export function findElement(xml: string, qualifiedName: string, from = 0, to = xml.length): ElementSpan | undefined {
  const pattern = startTagPattern(qualifiedName);
  pattern.lastIndex = from;
  const match = pattern.exec(xml);
  if (!match || match.index >= to) return undefined;
  const tag = match[0];
  const contentStart = match.index + tag.length;
  if (tag.endsWith('/>')) return { start: match.index, end: contentStart, tag, contentStart, contentEnd: contentStart, selfClosing: true };
  const closing = closingTag(xml, qualifiedName, contentStart);
  if (!closing) return undefined;
  return { start: match.index, end: closing[1], tag, contentStart, contentEnd: closing[0], selfClosing: false };
}

/** The root element's start tag and its namespace prefix with the colon (`x:`), or '' for none. */
export function rootElement(xml: string): { tag: string; prefix: string } {
  const match = /<(?![?!])((?:[\w.-]+:)?)[\w.-]+(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(xml);
  return { tag: match?.[0] ?? '', prefix: match?.[1] ?? '' };
}

/** The namespace the root's own prefix (or default namespace) stands for. */
export function rootNamespace(xml: string): string | undefined {
  const { tag, prefix } = rootElement(xml);
  const declaration = prefix ? `xmlns:${prefix.slice(0, -1)}` : 'xmlns';
  const value = attribute(tag, declaration);
  return value === undefined ? undefined : decodeXml(value);
}

/** The prefix the root element declares for `namespace`, if any: `declaredPrefix(sheet, RELATIONSHIPS)` → `r`. */
export function declaredPrefix(xml: string, namespace: string): string | undefined {
  const { tag } = rootElement(xml);
  for (const match of tag.matchAll(/\sxmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (decodeXml(match[2] ?? match[3]) === namespace) return match[1];
  }
  return undefined;
}

/** Every tag of an XML fragment written without a prefix, given `prefix` (`x:`): `qualify('<a><b/></a>', 'x:')` → `<x:a><x:b/></x:a>`. */
export function qualify(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)(?=[A-Za-z_])/g, `<$1${prefix}`) : fragment;
}

/** The fragment's tags without `prefix`: the inverse of qualify. */
export function unqualify(fragment: string, prefix: string): string {
  return prefix ? fragment.split(`<${prefix}`).join('<').split(`</${prefix}`).join('</') : fragment;
}

/**
 * Inserts `text` into `parent`'s content before its first child named in
 * `followers` (the children a schema puts after it), else at its end.
 * A self-closing parent is opened. `closingName` is the parent's qualified name.
 */
export function insertChild(xml: string, parent: ElementSpan, closingName: string, text: string, followers: readonly string[]): string {
  if (parent.selfClosing) {
    const opened = `${parent.tag.slice(0, -2)}>${text}</${closingName}>`;
    return xml.slice(0, parent.start) + opened + xml.slice(parent.end);
  }
  let at = parent.contentEnd;
  for (const follower of followers) {
    const found = findElement(xml, follower, parent.contentStart, parent.contentEnd);
    if (found && found.start < at) at = found.start;
  }
  return xml.slice(0, at) + text + xml.slice(at);
}
