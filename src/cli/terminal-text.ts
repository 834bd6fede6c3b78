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

/**
 * JSON as JSON.stringify writes it, with the controls it leaves as they are (C1, bidi, U+2028/9)
 * written as `\u` escapes too: safe on a terminal, and it parses back to exactly the same values.
 */
export function terminalSafeJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  // Looking first is ten times faster than a replace that finds nothing in a 150 MB report.
  return HAS_CONTROLS_LEFT_BY_JSON.test(json) ? json.replace(CONTROLS_LEFT_BY_JSON, escaped) : json;
}
