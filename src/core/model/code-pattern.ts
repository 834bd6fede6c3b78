/**
 * Safe project-code patterns (DESIGN §5 `invalid-code`). A `codePattern` comes from a config file
 * or from the settings stored in a workbook, and JavaScript runs it with a backtracking matcher,
 * where `^(a+)+$` takes minutes on a 30-character code. So a pattern that could backtrack
 * catastrophically is refused with a one-line reason, and the code a pattern sees is short.
 */

/** Project codes are short: a longer one is an `invalid-code` finding of its own and never reaches the pattern. */
export const MAX_CODE_LENGTH = 64;

/** The longest pattern accepted: agencies' code patterns are a few dozen characters. */
export const MAX_PATTERN_LENGTH = 1_000;

/**
 * The most ways a pattern may try to match one code of MAX_CODE_LENGTH characters (each way a
 * path through the pattern): about 0.05 ms a code at worst, so 100,000 codes take seconds.
 */
export const MAX_PATTERN_WAYS = 10_000;

/** A pattern read into its parts; `text` is the part as written, to name it in a message. */
type PatternNode =
  | { kind: 'char'; text: string }
  | { kind: 'assert'; text: string; end: boolean }
  | { kind: 'look'; text: string; body: PatternNode }
  | { kind: 'backref'; text: string }
  | { kind: 'alt'; text: string; options: PatternNode[] }
  | { kind: 'seq'; text: string; items: PatternNode[] }
  | { kind: 'repeat'; text: string; body: PatternNode; min: number; max: number };

/**
 * Reads a pattern that `new RegExp(source, 'u')` accepts (Unicode mode is strict, so every
 * `{`, `]` and escape is unambiguous). Character classes and escapes stay whole, as one
 * character each; groups become their contents.
 */
class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): PatternNode {
    const node = this.alternation();
    if (this.at < this.source.length) throw new SyntaxError(`unexpected ${this.source[this.at]}`);
    return node;
  }

  private alternation(): PatternNode {
    const start = this.at;
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options, text: this.source.slice(start, this.at) };
  }

  private sequence(): PatternNode {
    const start = this.at;
    const items: PatternNode[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const itemStart = this.at;
      items.push(this.quantified(this.atom(), itemStart));
    }
    return items.length === 1 ? items[0] : { kind: 'seq', items, text: this.source.slice(start, this.at) };
  }

  private quantified(body: PatternNode, start: number): PatternNode {
    const next = this.source[this.at];
    let min: number;
    let max: number;
    if (next === '*' || next === '+' || next === '?') {
      [min, max] = next === '*' ? [0, Infinity] : next === '+' ? [1, Infinity] : [0, 1];
      this.at++;
    } else {
      const counted = next === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at, this.at + 40)) : null;
      if (!counted) return body;
      min = Number(counted[1]);
      max = counted[2] === undefined ? min : counted[3] === '' ? Infinity : Number(counted[3]);
      this.at += counted[0].length;
    }
    if (this.source[this.at] === '?') this.at++; // lazy: the same ways, tried in another order
    return { kind: 'repeat', body, min, max, text: this.source.slice(start, this.at) };
  }

  private atom(): PatternNode {
    const start = this.at;
    const next = this.source[this.at];
    if (next === '(') return this.group();
    if (next === '\\') return this.escape();
    if (next === '^' || next === '$') {
      this.at++;
      return { kind: 'assert', text: next, end: next === '$' };
    }
    if (next === '[') {
      let at = this.at + 1;
      while (at < this.source.length && this.source[at] !== ']') at += this.source[at] === '\\' ? 2 : 1;
      if (at >= this.source.length) throw new SyntaxError('unclosed character class');
      this.at = at + 1;
    } else {
      this.at += (this.source.codePointAt(this.at) ?? 0) > 0xffff ? 2 : 1;
    }
    return { kind: 'char', text: this.source.slice(start, this.at) };
  }

  private group(): PatternNode {
    const start = this.at;
    this.at++;
    const look = /^\?<?[=!]/.exec(this.source.slice(this.at, this.at + 3));
    if (look) this.at += look[0].length;
    else if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (this.source.startsWith('?<', this.at)) this.at = this.after('>');
    const body = this.alternation();
    if (this.source[this.at] !== ')') throw new SyntaxError('unclosed group');
    this.at++;
    const text = this.source.slice(start, this.at);
    return look ? { kind: 'look', body, text } : { ...body, text };
  }

  private escape(): PatternNode {
    const start = this.at;
    const letter = this.source[this.at + 1] ?? '';
    this.at += 2;
    if (letter === 'b' || letter === 'B') return { kind: 'assert', text: `\\${letter}`, end: false };
    if (/[1-9]/.test(letter) || letter === 'k') {
      if (letter === 'k') this.at = this.after('>');
      else while (/\d/.test(this.source[this.at] ?? '')) this.at++;
      return { kind: 'backref', text: this.source.slice(start, this.at) };
    }
    if (letter === 'p' || letter === 'P' || (letter === 'u' && this.source[this.at] === '{')) this.at = this.after('}');
    else if (letter === 'u') this.at += 4;
    else if (letter === 'x') this.at += 2;
    else if (letter === 'c') this.at += 1;
    return { kind: 'char', text: this.source.slice(start, this.at) };
  }

  private after(close: string): number {
    const at = this.source.indexOf(close, this.at);
    if (at < 0) throw new SyntaxError(`missing ${close}`);
    return at + 1;
  }
}

/**
 * Which characters a one-character part matches, tried on probe characters: the ASCII and Latin
 * letters, Thai, the spaces `\s` knows, and every character the pattern names, with its neighbours
 * (two classes of ranges that share a character share one of these). `\p{…}` may match anything.
 */
class CharacterOverlap {
  private readonly probes: string[];
  private readonly matched = new Map<string, Set<number> | 'any'>();

  constructor(source: string) {
    const codes = new Set<number>();
    const addAround = (code: number) => { for (const c of [code - 1, code, code + 1]) if (c >= 0 && c <= 0x10ffff) codes.add(c); };
    for (let c = 0; c <= 0x17f; c++) codes.add(c);
    for (let c = 0x0e00; c <= 0x0e7f; c++) codes.add(c);
    for (const c of [0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) addAround(c);
    for (const ch of source) addAround(ch.codePointAt(0) ?? 0);
    for (const escaped of source.matchAll(/\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/g)) {
      addAround(Number.parseInt(escaped[1] ?? escaped[2] ?? escaped[3], 16));
    }
    this.probes = [...codes].map((c) => String.fromCodePoint(c));
  }

  /** Whether some character is matched by one of `a` and one of `b`. */
  overlap(a: readonly string[], b: readonly string[]): boolean {
    return a.some((x) => b.some((y) => {
      const [left, right] = [this.matches(x), this.matches(y)];
      if (left === 'any' || right === 'any') return true;
      for (const probe of left) if (right.has(probe)) return true;
      return false;
    }));
  }

  private matches(text: string): Set<number> | 'any' {
    let found = this.matched.get(text);
    if (found === undefined) {
      if (/\\[pP]/.test(text)) {
        found = 'any';
      } else {
        const one = new RegExp(`^(?:${text})$`, 'u');
        found = new Set(this.probes.flatMap((probe, index) => (one.test(probe) ? [index] : [])));
      }
      this.matched.set(text, found);
    }
    return found;
  }
}

/** What a part may begin with; `passable` when it can match nothing and let what follows begin. */
interface Start { chars: string[]; passable: boolean }

function startOf(node: PatternNode): Start {
  switch (node.kind) {
    case 'char': return { chars: [node.text], passable: false };
    case 'assert': return { chars: [], passable: !node.end };
    case 'look': case 'backref': return { chars: [], passable: true };
    case 'alt': {
      const starts = node.options.map(startOf);
      return { chars: starts.flatMap((s) => s.chars), passable: starts.some((s) => s.passable) };
    }
    case 'seq': return node.items.reduceRight<Start>((rest, item) => followedBy(startOf(item), rest), { chars: [], passable: true });
    case 'repeat': {
      const body = startOf(node.body);
      return { chars: body.chars, passable: node.min === 0 || body.passable };
    }
  }
}

function followedBy(first: Start, rest: Start): Start {
  return first.passable ? { chars: [...first.chars, ...rest.chars], passable: rest.passable } : first;
}

/** Every one-character part a part may consume (not those inside a lookaround). */
function charsOf(node: PatternNode): string[] {
  switch (node.kind) {
    case 'char': return [node.text];
    case 'alt': return node.options.flatMap(charsOf);
    case 'seq': return node.items.flatMap(charsOf);
    case 'repeat': return charsOf(node.body);
    default: return [];
  }
}

function minLength(node: PatternNode): number {
  switch (node.kind) {
    case 'char': return 1;
    case 'alt': return Math.min(...node.options.map(minLength));
    case 'seq': return node.items.reduce((sum, item) => sum + minLength(item), 0);
    case 'repeat': return node.min === 0 ? 0 : node.min * minLength(node.body);
    default: return 0;
  }
}

function* partsOf(node: PatternNode): Generator<PatternNode> {
  yield node;
  if (node.kind === 'look' || node.kind === 'repeat') yield* partsOf(node.body);
  if (node.kind === 'alt') for (const option of node.options) yield* partsOf(option);
  if (node.kind === 'seq') for (const item of node.items) yield* partsOf(item);
}

const variable = (node: PatternNode) => node.kind === 'repeat' && node.max > node.min;

/** Whether two options of an alternation could both match at one place. */
function optionsOverlap(options: readonly PatternNode[], overlap: CharacterOverlap): boolean {
  const starts = options.map(startOf);
  if (starts.some((start) => start.passable)) return true;
  return starts.some((a, i) => starts.slice(i + 1).some((b) => overlap.overlap(a.chars, b.chars)));
}

/**
 * An upper bound on the ways the backtracking matcher may try `node` from one position of a code
 * of MAX_CODE_LENGTH characters. A repeated character followed by something that cannot begin
 * with it gives up characters without trying anything new (`[A-Z]+-\d+` is 64 + 64 ways, not
 * 64 × 64); options that begin differently are one way, as only one can go on.
 */
function waysOf(node: PatternNode, overlap: CharacterOverlap): number {
  switch (node.kind) {
    case 'look': return waysOf(node.body, overlap);
    case 'alt': {
      const ways = node.options.map((option) => waysOf(option, overlap));
      return optionsOverlap(node.options, overlap) ? ways.reduce((a, b) => a + b, 0) : Math.max(...ways);
    }
    case 'seq': {
      let ways = 1;
      let rest: Start = { chars: [], passable: true };
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        const itemWays = waysOf(item, overlap);
        const settled = variable(item) && item.kind === 'repeat' && item.body.kind === 'char'
          && !rest.passable && !overlap.overlap(charsOf(item), rest.chars);
        ways = settled ? itemWays + ways : itemWays * ways;
        rest = followedBy(startOf(item), rest);
      }
      return ways;
    }
    case 'repeat': {
      const shortest = minLength(node.body);
      const most = Math.min(node.max, shortest > 0 ? Math.floor(MAX_CODE_LENGTH / shortest) : MAX_CODE_LENGTH + 1);
      if (most < node.min) return 1;
      const bodyWays = node.body.kind === 'char' ? 1 : waysOf(node.body, overlap);
      if (bodyWays === 1) return most - node.min + 1;
      let ways = 0;
      for (let k = node.min; k <= most && ways < Number.MAX_VALUE; k++) ways += bodyWays ** k;
      return ways;
    }
    default: return 1;
  }
}

function anchoredAtStart(node: PatternNode): boolean {
  if (node.kind === 'assert') return node.text === '^';
  if (node.kind === 'seq') return node.items.length > 0 && anchoredAtStart(node.items[0]);
  if (node.kind === 'alt') return node.options.every(anchoredAtStart);
  return false;
}

const EXPONENTIAL = 'which can make matching take exponential time';
const problems = new Map<string, string | undefined>();

/**
 * Why a valid regular expression (Unicode mode) may not be a project-code pattern, or undefined
 * when it runs in bounded time on any code of MAX_CODE_LENGTH characters. Refused: a
 * back-reference, a repeated group that repeats inside (`(a+)+`), a repeated group whose
 * alternatives can match the same text (`(a|a)*`), and more than MAX_PATTERN_WAYS ways in all.
 * `codePatternProblem('^\\d{8}-\\d{4}$')` → undefined; `codePatternProblem('^(a+)+$')` → "nested quantifiers: (a+)+ repeats a group …".
 */
export function codePatternProblem(source: string): string | undefined {
  if (!problems.has(source)) {
    if (problems.size >= 100) problems.clear();
    problems.set(source, findProblem(source));
  }
  return problems.get(source);
}

function findProblem(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `the pattern is ${source.length.toLocaleString('en')} characters long; at most ${MAX_PATTERN_LENGTH.toLocaleString('en')} are accepted`;
  let root: PatternNode;
  try {
    root = new PatternReader(source).read();
  } catch {
    return 'the pattern uses a form the safety check cannot read: write it with groups, classes and quantifiers only';
  }
  const overlap = new CharacterOverlap(source);
  for (const part of partsOf(root)) {
    if (part.kind === 'backref') return `the back-reference ${part.text} can make matching take exponential time: write the pattern without it`;
  }
  for (const part of partsOf(root)) {
    if (part.kind !== 'repeat' || part.max <= 1 || part.body.kind === 'char') continue;
    const inner = [...partsOf(part.body)];
    if (inner.some(variable)) {
      return `nested quantifiers: ${part.text} repeats a group that repeats inside, ${EXPONENTIAL}: repeat single characters or fixed-length groups only`;
    }
    const overlapping = inner.find((p) => p.kind === 'alt' && optionsOverlap(p.options, overlap));
    if (overlapping) {
      return `the alternatives in ${part.text} can match the same text, and the group repeats, ${EXPONENTIAL}: make them begin differently or use a character class such as [ab]`;
    }
  }
  const ways = waysOf(root, overlap) * (anchoredAtStart(root) ? 1 : MAX_CODE_LENGTH + 1);
  if (ways > MAX_PATTERN_WAYS) {
    return `too many ways to match: parts that can match the same characters one after another (such as \\d*\\d* or (a|a)(a|a)) could try more than ${MAX_PATTERN_WAYS.toLocaleString('en')} ways on a ${MAX_CODE_LENGTH}-character code; separate them with fixed characters or join them`;
  }
  return undefined;
}
