/**
 * pdfmake's style lookup, with the same answers and without its allocations. pdfmake asks about
 * twenty style properties of every run of text it measures (font, bold, colour, link, ...), and
 * each question built two closures and a Set before walking the style stack: in a batch of
 * certificates that was the single busiest function of the layout, ~8% of the CPU time.
 *
 * Taught here (pdfmake offers no hook), like font-cache.ts teaches fontkit. The answers follow
 * pdfmake 0.3's StyleContextStack exactly: the item's own value, else the item and the stack from
 * the top down, named styles (with `extends`, cycles skipped) and override objects alike, else the
 * default style. style-lookup.test.ts holds the two side by side.
 */
import { createRequire } from 'node:module';

type StyleValue = unknown;
type StyleDictionary = Record<string, Record<string, StyleValue> | undefined>;
type Override = string | Record<string, StyleValue>;

/** The slice of pdfmake's StyleContextStack this module replaces and relies on. */
export interface StyleContextStack {
  styleDictionary: StyleDictionary;
  defaultStyle?: Record<string, StyleValue>;
  styleOverrides?: Override[];
  autopush(item: unknown): number;
  pop(howMany?: number): void;
  getProperty(property: string): StyleValue;
}

export interface StyleContextStackClass {
  new (styleDictionary: StyleDictionary, defaultStyle?: Record<string, StyleValue>): StyleContextStack;
  prototype: StyleContextStack;
  getStyleProperty(item: object, stack: StyleContextStack | null, property: string, defaultValue: unknown): unknown;
}

const isValue = (value: unknown) => value !== undefined && value !== null;

/** A named style's value, through its `extends` chain (last parent first), each style once. */
function fromNamedStyle(
  dictionary: StyleDictionary,
  name: string,
  property: string,
  visited: Set<string> | null,
): StyleValue {
  const style = dictionary[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  if (!style.extends) return undefined;
  const seen = visited ?? new Set<string>();
  seen.add(name);
  const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as string[];
  for (let i = parents.length - 1; i >= 0; i--) {
    const parent = parents[i] as string;
    if (seen.has(parent)) continue;
    const value = fromNamedStyle(dictionary, parent, property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
}

function getProperty(this: StyleContextStack, property: string): StyleValue {
  const overrides = this.styleOverrides;
  if (overrides) {
    for (let i = overrides.length - 1; i >= 0; i--) {
      const item: unknown = overrides[i];
      // A style's name (a string, or a String object as pdfmake allows), or an override object.
      if (typeof item === 'string' || item instanceof String) {
        const value = fromNamedStyle(this.styleDictionary, String(item), property, null);
        if (isValue(value)) return value;
      } else if (item && isValue((item as Record<string, StyleValue>)[property])) {
        return (item as Record<string, StyleValue>)[property];
      }
    }
  }
  return this.defaultStyle && this.defaultStyle[property];
}

function getStyleProperty(
  item: Record<string, unknown>,
  stack: StyleContextStack | null,
  property: string,
  defaultValue: unknown,
): unknown {
  if (isValue(item[property])) return item[property];
  if (!stack) return defaultValue;
  const pushed = stack.autopush(item);
  const value = stack.getProperty(property);
  if (pushed > 0) stack.pop(pushed);
  return isValue(value) ? value : defaultValue;
}

/** pdfmake's own StyleContextStack class, from pdfmake's folder (it is not exported). */
export function pdfmakeStyleStack(): StyleContextStackClass {
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  return (fromPdfmake('./StyleContextStack') as { default: StyleContextStackClass }).default;
}

const TAUGHT = Symbol.for('pelita.styleLookup');

/** Puts the lookup above in pdfmake's place; once per process, before the first layout. */
export function teachStyleLookup(): void {
  const Stack = pdfmakeStyleStack() as StyleContextStackClass & { [TAUGHT]?: true };
  if (Stack[TAUGHT]) return;
  // If pdfmake's shape ever changes, its own (slower) lookup stays.
  if (typeof Stack.prototype.getProperty !== 'function' || typeof Stack.getStyleProperty !== 'function') return;
  Stack.prototype.getProperty = getProperty;
  Stack.getStyleProperty = getStyleProperty as StyleContextStackClass['getStyleProperty'];
  Stack[TAUGHT] = true;
}
