import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pdfmakeStyleStack, type StyleContextStackClass, teachStyleLookup } from '../../../src/main/pdf/style-lookup';

/** pdfmake's class as shipped: a fresh load of its file, whatever this process has taught. */
function untaughtStyleStack(): StyleContextStackClass {
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  const path = fromPdfmake.resolve('./StyleContextStack');
  const taught = fromPdfmake.cache[path];
  Reflect.deleteProperty(fromPdfmake.cache, path);
  try {
    return (fromPdfmake('./StyleContextStack') as { default: StyleContextStackClass }).default;
  } finally {
    if (taught) fromPdfmake.cache[path] = taught;
  }
}

const DICTIONARY = {
  header: { bold: true, fontSize: 18 },
  sub: { extends: 'header', color: 'red' },
  multi: { extends: ['header', 'sub'], italics: false },
  loopA: { extends: 'loopB', decoration: 'underline' },
  loopB: { extends: ['loopA', 'header'] },
};
const DEFAULTS = { font: 'NotoSans', fontSize: 10 };
// A style stack as a layout builds it: names (one a String object) and override objects.
// pdfmake accepts String objects as style names too.
const PUSHES = ['sub', { italics: true, link: null }, new String('multi'), { color: null }, 'loopB'];
const ITEMS: object[] = [
  {},
  { style: 'loopA' },
  { style: ['header', 'sub'], color: 'blue' },
  { fontSize: 0, bold: false },
  { section: true },
];
const PROPERTIES = ['bold', 'fontSize', 'color', 'italics', 'font', 'link', 'decoration', 'noWrap'];

function answers(Stack: StyleContextStackClass, pushes: number): unknown[] {
  const stack = new Stack(DICTIONARY, DEFAULTS);
  for (const push of PUSHES.slice(0, pushes)) (stack as unknown as { push(item: unknown): void }).push(push);
  const out: unknown[] = [];
  for (const item of ITEMS)
    for (const property of PROPERTIES) {
      out.push(Stack.getStyleProperty(item, stack, property, 'default'));
      out.push(Stack.getStyleProperty(item, null, property, 'default'));
      out.push(stack.getProperty(property));
    }
  // Every lookup leaves the stack as it found it.
  out.push(stack.styleOverrides?.length);
  return out;
}

describe('style lookup', () => {
  it('answers every property as pdfmake does, through names, extends, cycles and overrides', () => {
    teachStyleLookup();
    const taught = pdfmakeStyleStack();
    const shipped = untaughtStyleStack();
    expect(taught.getStyleProperty).not.toBe(shipped.getStyleProperty);
    for (let pushes = 0; pushes <= PUSHES.length; pushes++) {
      expect(answers(taught, pushes)).toEqual(answers(shipped, pushes));
    }
    // Not vacuous: the answers differ from the defaults somewhere along the stack.
    expect(answers(taught, PUSHES.length)).toContain('red');
    expect(answers(taught, PUSHES.length)).toContain('underline');
  });
});
