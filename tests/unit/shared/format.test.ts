import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatRupiah } from '@shared/format';

describe('formatDate', () => {
  it('writes calendar dates with Indonesian or English month names', () => {
    expect(formatDate('2026-11-23', 'id')).toBe('23 November 2026');
    expect(formatDate('2026-08-17', 'id')).toBe('17 Agustus 2026');
    expect(formatDate('2026-08-17', 'en')).toBe('17 August 2026');
    expect(formatDate('2027-01-01', 'id')).toBe('1 Januari 2027');
    expect(formatDate('2024-02-29', 'id')).toBe('29 Februari 2024');
  });

  it('never shifts a calendar date by the machine time zone', () => {
    // A date-only string has no zone; whatever TZ the test machine uses, the day stays.
    for (const month of ['01', '06', '12']) {
      expect(formatDate(`2026-${month}-15`, 'id')).toMatch(/^15 /);
    }
  });

  it('places an instant on the WITA calendar day', () => {
    // 17:30 UTC is 01:30 the next day in Makassar.
    expect(formatDate('2026-11-23T17:30:00Z', 'id')).toBe('24 November 2026');
    expect(formatDate('2026-11-23T17:30:00Z', 'id', 'Asia/Jakarta')).toBe('24 November 2026');
    expect(formatDate('2026-11-23T15:30:00Z', 'id', 'Asia/Jakarta')).toBe('23 November 2026');
  });

  it('refuses impossible or malformed dates instead of printing nonsense', () => {
    expect(() => formatDate('2026-02-30', 'id')).toThrow(RangeError);
    expect(() => formatDate('2026-13-01', 'id')).toThrow(RangeError);
    expect(() => formatDate('', 'id')).toThrow(RangeError);
    expect(() => formatDate('kemarin', 'id')).toThrow(RangeError);
    // Without an offset the instant would depend on the PC's clock settings.
    expect(() => formatDate('2026-11-23T10:00:00', 'id')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('shows WITA by default, with the Indonesian dot in the time', () => {
    expect(formatDateTime('2026-11-23T06:05:00Z', 'id')).toBe('23 November 2026 14.05 WITA');
    expect(formatDateTime('2026-11-23T06:05:00.000Z', 'en')).toBe('23 November 2026 14:05 WITA');
    expect(formatDateTime('2026-11-23T14:05:00+08:00', 'id')).toBe('23 November 2026 14.05 WITA');
  });

  it('names the Indonesian zones and falls back to a UTC offset elsewhere', () => {
    expect(formatDateTime('2026-11-23T06:05:00Z', 'id', 'Asia/Jakarta')).toBe('23 November 2026 13.05 WIB');
    expect(formatDateTime('2026-11-23T06:05:00Z', 'id', 'Asia/Jayapura')).toBe('23 November 2026 15.05 WIT');
    expect(formatDateTime('2026-11-23T06:05:00Z', 'en', 'UTC')).toBe('23 November 2026 06:05 UTC');
    expect(formatDateTime('2026-11-23T06:05:00Z', 'en', 'Asia/Tokyo')).toBe('23 November 2026 15:05 UTC+09:00');
  });

  it('crosses midnight into the next day', () => {
    expect(formatDateTime('2026-12-31T16:30:00Z', 'id')).toBe('1 Januari 2027 00.30 WITA');
  });

  it('refuses an instant without an offset', () => {
    expect(() => formatDateTime('2026-11-23 14:05', 'id')).toThrow(RangeError);
  });
});

describe('formatRupiah', () => {
  it('groups thousands with dots', () => {
    expect(formatRupiah(1_250_000)).toBe('Rp 1.250.000');
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(formatRupiah(999)).toBe('Rp 999');
    expect(formatRupiah(1000)).toBe('Rp 1.000');
    expect(formatRupiah(12_345_678_901)).toBe('Rp 12.345.678.901');
  });

  it('puts the sign before the currency and rounds to whole rupiah', () => {
    expect(formatRupiah(-75_000)).toBe('-Rp 75.000');
    expect(formatRupiah(1000.4)).toBe('Rp 1.000');
    expect(formatRupiah(999.5)).toBe('Rp 1.000');
  });

  it('refuses values that are not amounts', () => {
    expect(() => formatRupiah(Number.NaN)).toThrow(RangeError);
    expect(() => formatRupiah(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
