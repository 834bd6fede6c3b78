/**
 * The arguments of `load(...)` in every form Office.js accepts, turned into one
 * selection tree: `'values, format/fill/color'`, `['items/name', 'items/visibility']`,
 * `{ select: 'name', expand: 'tables' }`, and the object form
 * `{ format: { fill: { color: true } }, $all: true, $top: 10 }`.
 */
export interface LoadSelection {
  /** Every scalar property of the object (a bare `load()`, a path ending here, or `$all`). */
  all: boolean;
  /** Named properties; for a navigation property or a collection's `items`, what to load inside it. */
  props: Map<string, LoadSelection>;
  top?: number;
  skip?: number;
}

export function emptySelection(): LoadSelection {
  return { all: false, props: new Map() };
}

function leaf(): LoadSelection {
  return { all: true, props: new Map() };
}

function addPath(selection: LoadSelection, path: string): void {
  const steps = path.split('/').map((step) => step.trim()).filter((step) => step !== '');
  if (steps.length === 0) return;
  let node = selection;
  steps.forEach((step, index) => {
    const isLast = index === steps.length - 1;
    if (step === '*' || step === '$all') {
      node.all = true;
      return;
    }
    let child = node.props.get(step);
    if (!child) {
      child = isLast ? leaf() : emptySelection();
      node.props.set(step, child);
    } else if (isLast) child.all = true;
    node = child;
  });
}

function addPathList(selection: LoadSelection, list: string | string[] | undefined): void {
  if (list === undefined) return;
  for (const entry of Array.isArray(list) ? list : [list]) {
    for (const path of String(entry).split(',')) addPath(selection, path);
  }
}

function fromObject(options: Record<string, unknown>): LoadSelection {
  const selection = emptySelection();
  for (const [key, value] of Object.entries(options)) {
    if (key === '$all') selection.all = selection.all || value === true;
    else if (key === '$top' && typeof value === 'number') selection.top = value;
    else if (key === '$skip' && typeof value === 'number') selection.skip = value;
    else if (value === true) selection.props.set(key, leaf());
    else if (value && typeof value === 'object') selection.props.set(key, fromObject(value as Record<string, unknown>));
  }
  return selection;
}

/** `parseLoadOption('values, format/fill/color')`: the selection a `load` call asks for. */
export function parseLoadOption(option: unknown): LoadSelection {
  if (option === undefined || option === null) return leaf();
  const selection = emptySelection();
  if (typeof option === 'string' || Array.isArray(option)) {
    addPathList(selection, option as string | string[]);
    return selection;
  }
  if (typeof option === 'object') {
    const record = option as Record<string, unknown>;
    if ('select' in record || 'expand' in record || 'top' in record || 'skip' in record) {
      addPathList(selection, record.select as string | string[] | undefined);
      addPathList(selection, record.expand as string | string[] | undefined);
      if (typeof record.top === 'number') selection.top = record.top;
      if (typeof record.skip === 'number') selection.skip = record.skip;
      if (record.select === undefined && record.expand === undefined) selection.all = true;
      return selection;
    }
    return fromObject(record);
  }
  throw new TypeError(`load() takes a string, an array of strings or an options object, not ${typeof option}`);
}
