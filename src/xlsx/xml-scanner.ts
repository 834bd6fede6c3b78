/**
 * A streaming reader of the XML in an .xlsx package, made for checking rather than for
 * modelling: text arrives in chunks of any size and only what a handler asks for is decoded,
 * so a sheet of a million rows never becomes one string. What a workbook never holds is
 * refused rather than interpreted: a DOCTYPE (and so every entity definition, XXE
 * included), an entity other than XML's five, a character reference to no XML character.
 */

/** XML that cannot be read; the message is a clause such as `has an undefined entity &foo;`. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/**
 * What a reader is given as the XML is scanned. Attribute text and character data come as a
 * range of the text being scanned (`source.slice(from, to)`) rather than as a string of their
 * own: a sheet's reader sees a tag and a value per cell, and copies out only what it keeps.
 */
export interface XmlHandler {
  /**
   * A start tag, or an empty-element tag (then `close` follows at once): its local name and raw
   * attribute text (`source.slice(from, to)`); `source[to]` is the start tag's `>` (an empty-element
   * tag's is `/`). A handler that has read what follows a start tag itself, up to and including
   * the element's end tag, returns where scanning goes on (after that end tag): the scanner then
   * hands it nothing of what it read, not even the `close`. Otherwise it returns nothing.
   */
  open(name: string, source: string, from: number, to: number): number | void;
  close(name: string): void;
  /** Text, entities decoded (`source.slice(from, to)`); called only while `collecting` is true, possibly in several pieces. */
  text(source: string, from: number, to: number): void;
  /** Whether the text now being read is wanted (text outside the elements a reader needs is skipped undecoded). */
  readonly collecting: boolean;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A character XML 1.0 allows (§2.2 Char). */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff)
    || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function characterReference(entity: string): string {
  const hex = entity[1] === 'x';
  const digits = entity.slice(hex ? 2 : 1);
  const valid = hex ? /^[0-9a-fA-F]{1,8}$/.test(digits) : /^[0-9]{1,10}$/.test(digits);
  const code = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
  if (!isXmlChar(code)) throw new XmlError(`has an invalid character reference &${entity.length > 12 ? `${entity.slice(0, 12)}…` : entity};`);
  return String.fromCodePoint(code);
}

/**
 * XML text with its references decoded and its line ends normalised (§2.11):
 * `decodeXmlText('a &amp; b&#x0E01;')` → `a & bก`. Throws XmlError on an undefined entity
 * or a reference to no XML character.
 */
export function decodeXmlText(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&<]{0,32});?/g, (whole, entity: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`has an ampersand that starts no reference ("${whole.slice(0, 12)}")`);
    if (entity[0] === '#') return characterReference(entity);
    const predefined = PREDEFINED[entity];
    if (predefined === undefined) throw new XmlError(`has an undefined entity &${entity};`);
    return predefined;
  });
}

/** An attribute value as XML reads it: white space characters become spaces (§3.3.3), references decoded. */
function decodeAttributeValue(raw: string): string {
  return decodeXmlText(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);
}

/**
 * The attributes of a start tag by name, values decoded, from its attribute text (`raw.slice(from, to)`):
 * `readAttributes(' r="B7" t="s"')` → `{ r: 'B7', t: 's' }`. Prefixed names keep their prefix (`r:id`).
 */
export function readAttributes(raw: string, from = 0, to = raw.length): Record<string, string> {
  const attributes: Record<string, string> = {};
  let i = from;
  const length = to;
  while (i < length) {
    const equals = raw.indexOf('=', i);
    if (equals < 0 || equals >= length) {
      if (raw.slice(i, length).trim() !== '') throw new XmlError('has an attribute without a value');
      break;
    }
    const name = raw.slice(i, equals).trim();
    let q = equals + 1;
    while (q < length && (raw[q] === ' ' || raw[q] === '\t' || raw[q] === '\n' || raw[q] === '\r')) q++;
    const quote = q < length ? raw[q] : '';
    if ((quote !== '"' && quote !== "'") || name === '') throw new XmlError('has an attribute without a quoted value');
    const close = raw.indexOf(quote, q + 1);
    if (close < 0 || close >= length) throw new XmlError('has an attribute whose quote is never closed');
    const value = raw.slice(q + 1, close);
    attributes[name] = value.includes('&') || /[\t\n\r]/.test(value) ? decodeAttributeValue(value) : value;
    i = close + 1;
  }
  return attributes;
}

/** The name without its namespace prefix: `x:c` → `c`. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** XML white space (§2.3 S): space, tab, line feed, carriage return. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Feeds a handler from XML text given in chunks: `write` as the text arrives, `end` after
 * the last. A construct longer than `maxConstructChars` (a tag, a comment) is refused: only a
 * hostile or damaged part has one, and holding it would cost what the limits are there to bound.
 */
export class XmlScanner {
  private pending = '';
  /** In the text being scanned, the next `"` and `'` at or after where the last search began (-1: none left): found once, not once per tag. */
  private nextDouble = -2;
  private nextSingle = -2;
  /** Likewise the next `&` and carriage return: text before them needs no decoding. */
  private nextAmpersand = -2;
  private nextReturn = -2;

  constructor(private readonly handler: XmlHandler, private readonly maxConstructChars: number) {}

  write(chunk: string): void {
    let text = chunk;
    let from = 0;
    const pending = this.pending;
    this.pending = '';
    if (pending !== '') {
      // Nearly every chunk ends inside a tag. The tag is finished with the start of the next chunk
      // up to its first `>` — joined, a few dozen characters — and the chunk scanned from there,
      // rather than the whole chunk copied behind the piece of tag (a sheet's XML would be copied
      // once more, all of it). What that does not finish (a `>` in a quoted value or a comment, a
      // reference cut in two) is joined to the rest of the chunk and scanned as before.
      const gt = pending.charCodeAt(0) === 0x3c /* < */ ? chunk.indexOf('>') : -1;
      if (gt < 0) {
        text = pending + chunk;
      } else {
        const bridge = pending + chunk.slice(0, gt + 1);
        const rest = this.scan(bridge, 0);
        if (rest >= 0) text = bridge.slice(rest) + chunk.slice(gt + 1);
        else from = gt + 1;
      }
    }
    const rest = this.scan(text, from);
    if (rest >= 0 && text.length - rest > this.maxConstructChars) {
      throw new XmlError(`has a tag or comment longer than ${this.maxConstructChars.toLocaleString('en-US')} characters`);
    }
    if (rest >= 0) this.pending = text.slice(rest);
  }

  end(): void {
    if (this.pending.trim() !== '') throw new XmlError('ends in the middle of a tag (the part is cut short)');
  }

  /** Handles every complete construct of `text` from `from` on; returns where the incomplete rest begins, or -1 when nothing is left. */
  private scan(text: string, from: number): number {
    const handler = this.handler;
    const length = text.length;
    this.nextDouble = -2;
    this.nextSingle = -2;
    this.nextAmpersand = -2;
    this.nextReturn = -2;
    let i = from;
    while (i < length) {
      const lt = text.indexOf('<', i);
      if (lt < 0) return this.trailingText(text, i);
      if (lt > i && handler.collecting) this.text(text, i, lt);
      if (lt + 1 >= length) return lt;
      const next = text.charCodeAt(lt + 1);
      if (next === 0x2f /* / */) {
        const gt = text.indexOf('>', lt + 2);
        if (gt < 0) return lt;
        handler.close(localName(text.slice(lt + 2, gt).trim()));
        i = gt + 1;
      } else if (next === 0x3f /* ? */) {
        const end = text.indexOf('?>', lt + 2);
        if (end < 0) return lt;
        i = end + 2;
      } else if (next === 0x21 /* ! */) {
        const after = this.declaration(text, lt);
        if (after < 0) return lt;
        i = after;
      } else {
        const gt = this.tagEnd(text, lt + 1);
        if (gt < 0) return lt;
        const selfClosing = text.charCodeAt(gt - 1) === 0x2f;
        const bodyEnd = selfClosing ? gt - 1 : gt;
        let nameEnd = lt + 1;
        while (nameEnd < bodyEnd && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
        const name = localName(text.slice(lt + 1, nameEnd));
        if (name === '') throw new XmlError('has a tag without a name');
        const readTo = handler.open(name, text, nameEnd, nameEnd < bodyEnd ? bodyEnd : nameEnd);
        if (selfClosing) handler.close(name);
        i = typeof readTo === 'number' && readTo > gt && !selfClosing ? readTo : gt + 1;
      }
    }
    return -1;
  }

  /** Hands `text.slice(from, to)` to the handler decoded: as a range of `text` when it holds no reference or carriage return, as is usual. */
  private text(text: string, from: number, to: number): void {
    if (this.nextAmpersand !== -1 && this.nextAmpersand < from) this.nextAmpersand = text.indexOf('&', from);
    if (this.nextReturn !== -1 && this.nextReturn < from) this.nextReturn = text.indexOf('\r', from);
    if ((this.nextAmpersand < 0 || this.nextAmpersand >= to) && (this.nextReturn < 0 || this.nextReturn >= to)) {
      this.handler.text(text, from, to);
    } else {
      const decoded = decodeXmlText(text.slice(from, to));
      this.handler.text(decoded, 0, decoded.length);
    }
  }

  /** The index of the `>` that ends the tag starting at `from`, quotes respected; -1 when it has not all arrived. */
  private tagEnd(text: string, from: number): number {
    let i = from;
    for (;;) {
      const gt = text.indexOf('>', i);
      if (gt < 0) return -1;
      if (this.nextDouble !== -1 && this.nextDouble < i) this.nextDouble = text.indexOf('"', i);
      if (this.nextSingle !== -1 && this.nextSingle < i) this.nextSingle = text.indexOf("'", i);
      const double = this.nextDouble;
      const single = this.nextSingle;
      const quote = double < 0 ? single : single < 0 ? double : Math.min(double, single);
      if (quote < 0 || gt < quote) return gt;
      const close = text.indexOf(text[quote], quote + 1);
      if (close < 0) return -1;
      i = close + 1;
    }
  }

  /**
   * Text at the end of what has arrived: handed on now, except a reference that may be cut in two,
   * and a final carriage return, which a line feed in the next chunk makes one line end with it.
   */
  private trailingText(text: string, from: number): number {
    if (!this.handler.collecting) return -1;
    const amp = text.lastIndexOf('&');
    let cut = amp >= from && text.indexOf(';', amp) < 0 ? amp : text.length;
    if (cut === text.length && cut > from && text.charCodeAt(cut - 1) === 0x0d /* CR */) cut--;
    if (cut > from) this.text(text, from, cut);
    return cut < text.length ? cut : -1;
  }

  /** A comment, CDATA section or DOCTYPE at `lt`: where what follows it begins, or -1 when it has not all arrived. */
  private declaration(text: string, lt: number): number {
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.handler.collecting) this.handler.text(text, lt + 9, end);
      return end + 3;
    }
    if (text.length - lt < 9) return -1;
    if (text.startsWith('<!DOCTYPE', lt)) throw new XmlError('has a DOCTYPE declaration (entity definitions), which a workbook never has');
    throw new XmlError('is not well-formed XML');
  }
}
