/**
 * What the CLI prints comes partly from the files it reads — cell values, headers, sheet and file
 * names — and a terminal acts on some characters instead of showing them: ESC starts colour,
 * cursor, title and clipboard sequences, CR and BS rewrite a line, BEL rings, U+009B is a whole
 * CSI on its own, and the bidirectional overrides and isolates reorder what follows. Those are
 * shown as `\u001b`, the way JSON writes them, so a reader sees that they are there.
 */

/** C0 controls (tab and line feed too: one finding is one line), DEL, C1 controls, bidi overrides and isolates, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds, to show them escaped
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** The same, less the C0 controls, which JSON.stringify escapes itself. */
const CONTROLS_LEFT_BY_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const HAS_CONTROLS_LEFT_BY_JSON = new RegExp(CONTROLS_LEFT_BY_JSON.source);

const escaped = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of text for a terminal: `visibleText('a\x1b[2Jb')` → `a\u001b[2Jb` (the six characters shown). */
export function visibleText(text: string): string {
  return text.replace(TERMINAL_CONTROLS, escaped);
}

/** Lines for a terminal, each made visible, joined by line feeds. */
export function visibleLines(lines: readonly string[]): string {
  return lines.map(visibleText).join('\n');
}

/** A value JSON.stringify writes (in an object, a property holding anything else is left out). */
const writable = (value: unknown) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

/** An array or object JSON.stringify writes member by member (one with toJSON says itself what it is written as). */
function hasMembers(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * `JSON.stringify(value, null, 2)` in pieces: arrays and objects down to `depth` levels are written member by member,
 * what lies deeper whole (re-indented: JSON text holds a line break only between tokens), so a report of 100,000
 * findings is never one string.
 */
function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth > 0 && hasMembers(value)) {
    const inner = `${indent}  `;
    const array = Array.isArray(value);
    const keys = array ? [] : Object.keys(value).filter((key) => writable(value[key]));
    const count = array ? value.length : keys.length;
    if (count > 0) {
      yield array ? '[' : '{';
      let written = 0;
      for (let i = 0; i < count; i++) {
        const member = array ? value[i] : value[keys[i]];
        const leaf = depth === 1 || !hasMembers(member);
        const text = leaf ? JSON.stringify(member, null, 2) : undefined;
        // A member written as nothing (toJSON said undefined) is left out of an object; in an array it is null.
        if (leaf && text === undefined && !array) continue;
        yield `${written++ === 0 ? '' : ','}\n${inner}${array ? '' : `${JSON.stringify(keys[i])}: `}`;
        if (leaf) yield (text ?? 'null').replace(/\n/g, `\n${inner}`);
        else yield* jsonPieces(member, inner, depth - 1);
      }
      yield written === 0 ? '}' : `\n${indent}${array ? ']' : '}'}`;
      return;
    }
  }
  const text = JSON.stringify(value, null, 2) ?? 'null';
  yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

const terminalSafe = (json: string) =>
  // Looking first is ten times faster than a replace that finds nothing in a 150 MB report.
  HAS_CONTROLS_LEFT_BY_JSON.test(json) ? json.replace(CONTROLS_LEFT_BY_JSON, escaped) : json;

/**
 * `terminalSafeJson(value)` in pieces of about `pieceChars` characters, to be written one after another: the
 * report of a 300,000-report workbook is 50 MB of text, which as one string (and its bytes) held 150 MB more.
 * 32,768 characters (64 KB at most as a string): a larger piece is a large object, which only a full garbage
 * collection frees, so pieces of a megabyte piled up to the end (15 MB more peak at 300,000 reports).
 */
export function* terminalSafeJsonPieces(value: unknown, pieceChars = 1 << 15): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  // Member by member down to each finding: the report, its files, each file, its tables and its findings.
  for (const piece of jsonPieces(value, '', 4)) {
    pending.push(piece);
    size += piece.length;
    if (size >= pieceChars) {
      yield terminalSafe(pending.join(''));
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) yield terminalSafe(pending.join(''));
}

/**
 * JSON as JSON.stringify writes it, with the controls it leaves as they are (C1, bidi, U+2028/9)
 * written as `\u` escapes too: safe on a terminal, and it parses back to exactly the same values.
 */
export function terminalSafeJson(value: unknown): string {
  return [...terminalSafeJsonPieces(value)].join('');
}
