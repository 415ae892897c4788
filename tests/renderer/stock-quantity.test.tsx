import { describe, expect, it } from 'vitest';
import {
  formatQuantity,
  fromMilli,
  parseQuantity,
  quantityText,
  stockParam,
  toMilli,
} from '../../src/renderer/src/features/equipment/stockQuantity';

const value = (text: string) => {
  const parsed = parseQuantity(text);
  return parsed.ok ? parsed.value : parsed.error;
};

describe('a typed quantity', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['0,75', 0.75],
    [',5', 0.5],
    ['12', 12],
    ['12,', 12],
    [' 3 ', 3],
    ['1.250,5', 1250.5],
    ['1,250.5', 1250.5],
    ['1.250.000', 1250000],
    ['1,250,000', 1250000],
    ['-1,5', -1.5],
    ['+2', 2],
    ['\u22120,25', -0.25],
    ['0,300', 0.3],
    ['2,5000', 2.5],
  ])('reads %j as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('is exact in thousandths: 0,1 and 0,2 make 0,3, not 0.30000000000000004', () => {
    const a = parseQuantity('0,1');
    const b = parseQuantity('0,2');
    if (!a.ok || !b.ok) throw new Error('not parsed');
    expect(a.milli + b.milli).toBe(300);
    expect(fromMilli(a.milli + b.milli)).toBe(0.3);
    expect(formatQuantity(0.1 + 0.2, 'id')).toBe('0,3');
  });

  it('refuses more than three decimals with the contract key', () => {
    expect(value('2,1234')).toBe('quantity_decimals');
    expect(value('0.0001')).toBe('quantity_decimals');
  });

  it.each(['', 'abc', '2,5 kg', '1,2,3', '1.25.0', '--1', '1.2,3.4', ',', '12a'])(
    'refuses %j as not a number',
    (text) => {
      expect(value(text)).toBe('number');
    },
  );
});

describe('a quantity on screen', () => {
  it('writes Indonesian decimals and groups thousands with a dot', () => {
    expect(formatQuantity(2.5, 'id')).toBe('2,5');
    expect(formatQuantity(1250.75, 'id')).toBe('1.250,75');
    expect(formatQuantity(2.5, 'en')).toBe('2.5');
    expect(formatQuantity(0.30000000000000004, 'en')).toBe('0.3');
    expect(formatQuantity(3, 'id')).toBe('3');
  });

  it('signs stock-card movements', () => {
    expect(formatQuantity(2.5, 'id', true)).toBe('+2,5');
    expect(formatQuantity(-1, 'id', true)).toMatch(/^[-\u2212]1$/);
  });

  it('goes back into a text box in the clerk style', () => {
    expect(quantityText(2.5, 'id')).toBe('2,5');
    expect(quantityText(2.5, 'en')).toBe('2.5');
    expect(quantityText(0.1 + 0.2, 'id')).toBe('0,3');
    expect(toMilli(0.1 + 0.2)).toBe(300);
  });
});

describe('the stock left in a STOCK_NOT_ENOUGH answer', () => {
  it("reads a number or main's Indonesian text", () => {
    expect(stockParam(2.5)).toBe(2.5);
    expect(stockParam('2,5')).toBe(2.5);
    expect(stockParam('1.250')).toBe(1250);
    expect(stockParam('1.250,75')).toBe(1250.75);
    expect(stockParam('0')).toBe(0);
    expect(stockParam('banyak')).toBeNull();
    expect(stockParam(undefined)).toBeNull();
  });
});
