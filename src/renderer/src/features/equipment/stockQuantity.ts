import type { Locale } from '@shared/domain';
import { MILLI } from '@shared/equipment';

/** What a typed quantity is: a number of units (exact to thousandths), or the field-error key. */
export type ParsedQuantity =
  { ok: true; value: number; milli: number } | { ok: false; error: 'number' | 'quantity_decimals' };

/**
 * A quantity as a clerk types it, to a number of units: "2,5" and "2.5" are two and a half,
 * "1.250,5" and "1,250.5" carry a thousands separator, "-1,5" (adjustments) keeps its sign.
 * A lone dot is read as the decimal point (the numeric keypad types one). The digits are added
 * up as integer thousandths, so "0,3" is 0.3 and never 0.30000000000000004.
 */
export function parseQuantity(text: string): ParsedQuantity {
  const compact = text
    .trim()
    .replace(/\s/g, '')
    .replace(/^\u2212/, '-');
  const match = /^([+-]?)([\d.,]*)$/.exec(compact);
  if (!match || !/\d/.test(compact)) return { ok: false, error: 'number' };
  const [, sign = '', body = ''] = match;
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  let decimalAt = -1;
  if (lastComma >= 0 && lastDot >= 0) decimalAt = Math.max(lastComma, lastDot);
  else if (lastComma >= 0) decimalAt = body.indexOf(',') === lastComma ? lastComma : -1;
  else if (lastDot >= 0) decimalAt = body.indexOf('.') === lastDot ? lastDot : -1;
  const whole = decimalAt >= 0 ? body.slice(0, decimalAt) : body;
  const fraction = decimalAt >= 0 ? body.slice(decimalAt + 1) : '';
  // Grouping separators must sit between groups of three digits; anything else is a typo.
  const groupSeparator = decimalAt >= 0 ? (body[decimalAt] === ',' ? '.' : ',') : /[.,]/.exec(body)?.[0];
  if (!/^\d*$/.test(fraction)) return { ok: false, error: 'number' };
  if (groupSeparator && whole.includes(groupSeparator)) {
    const groups = whole.split(groupSeparator);
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((group) => !/^\d{3}$/.test(group)))
      return { ok: false, error: 'number' };
  } else if (!/^\d*$/.test(whole)) return { ok: false, error: 'number' };
  const digits = whole.replace(/[.,]/g, '');
  if (digits === '' && fraction === '') return { ok: false, error: 'number' };
  if (/[1-9]/.test(fraction.slice(3))) return { ok: false, error: 'quantity_decimals' };
  if (digits.length > 12) return { ok: false, error: 'number' };
  const milli = Number(digits || '0') * MILLI + Number(fraction.slice(0, 3).padEnd(3, '0'));
  const signed = sign === '-' ? -milli : milli;
  return { ok: true, value: (signed || 0) / MILLI, milli: signed || 0 };
}

/** A quantity in units rounded to whole thousandths, as integer thousandths (for exact sums). */
export function toMilli(quantity: number): number {
  return Math.round(quantity * MILLI);
}

/** Thousandths back to units; one division, so the result is the closest double to the decimal. */
export function fromMilli(milli: number): number {
  return milli / MILLI;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** 2.5 -> "2,5" (id) / "2.5" (en); 1250 -> "1.250"; at most three decimals, never float noise. */
export function formatQuantity(quantity: number, locale: Locale, signed = false): string {
  const key = `${locale}:${signed}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      maximumFractionDigits: 3,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, format);
  }
  return format.format(fromMilli(toMilli(quantity)));
}

/** A stored quantity back into the text box, in the clerk's decimal style and without grouping. */
export function quantityText(quantity: number, locale: Locale): string {
  const text = String(fromMilli(toMilli(quantity)));
  return locale === 'id' ? text.replace('.', ',') : text;
}

/**
 * The stock left as STOCK_NOT_ENOUGH carries it: a number, or main's Indonesian text ("1.250,5":
 * dots group thousands, the comma is the decimal sign). Null when it is neither.
 */
export function stockParam(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (!/^-?[\d.,]+$/.test(text) || !/\d/.test(text) || text.split(',').length > 2) return null;
  const value = Number(text.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
