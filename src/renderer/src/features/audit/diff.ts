/** One field of an audit entry, side by side: what it was and what it became. */
export interface DiffLine {
  key: string;
  before: unknown;
  after: unknown;
  inBefore: boolean;
  inAfter: boolean;
  /** Both sides were recorded and differ: an edit, not a creation or a one-sided note. */
  changed: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with object keys sorted, so equal values compare equal whatever order they were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * The fields of before and after, before's first in their order, then the ones only after has.
 * A side that is not an object (a list, a bare value) is shown as one line with an empty key.
 */
export function diffAudit(before: unknown, after: unknown): DiffLine[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!hasBefore && !hasAfter) return [];
  if ((hasBefore && !isRecord(before)) || (hasAfter && !isRecord(after))) {
    return [
      {
        key: '',
        before,
        after,
        inBefore: hasBefore,
        inAfter: hasAfter,
        changed: hasBefore && hasAfter && canonical(before) !== canonical(after),
      },
    ];
  }
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys.map((key) => {
    const inBefore = Object.hasOwn(left, key);
    const inAfter = Object.hasOwn(right, key);
    return {
      key,
      before: left[key],
      after: right[key],
      inBefore,
      inAfter,
      changed: hasBefore && hasAfter && (inBefore !== inAfter || canonical(left[key]) !== canonical(right[key])),
    };
  });
}

// Instants as main writes them (toISOString), e.g. lockedUntil.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MAX_SHOWN = 500;

export interface ValueWords {
  empty: string;
  yes: string;
  no: string;
  formatInstant: (iso: string) => string;
}

/** A stored value as plain text for the screen: never markup, never a wall of 100,000 characters. */
export function valueText(value: unknown, words: ValueWords): string {
  let text: string;
  if (value === null || value === '') text = words.empty;
  else if (typeof value === 'boolean') text = value ? words.yes : words.no;
  else if (typeof value === 'string') text = INSTANT.test(value) ? words.formatInstant(value) : value;
  else if (typeof value === 'number') text = String(value);
  else text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
