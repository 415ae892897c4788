import { FIELD_ERROR_KEYS } from '@shared/validation';
import { describe, expect, it } from 'vitest';
import {
  ELIGIBILITY_RULES,
  ENROLMENT_STATUSES,
  ROLES,
  CLASS_STATUSES,
  EDUCATION_LEVELS,
} from '../../src/shared/domain';
import {
  ASSET_CONDITIONS,
  ASSET_SOURCES,
  ASSET_STATUSES,
  BORROWER_KINDS,
  CONSUMABLE_UNITS,
  MOVEMENT_KINDS,
} from '../../src/shared/equipment';
import { ERROR_CODES } from '../../src/shared/errors';
import { dictionaries } from '../../src/shared/i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const id = flatten(dictionaries.id as unknown as Tree);
const en = flatten(dictionaries.en as unknown as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('dictionaries', () => {
  it('have exactly the same keys in Bahasa Indonesia and English', () => {
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort());
  });

  it('use the same {{placeholders}} in both languages', () => {
    for (const [key, text] of id) expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('have no empty text', () => {
    for (const [key, text] of [...id, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('translate every error code, status, rule, role and level the contract can send', () => {
    const needed = [
      ...ERROR_CODES.map((code) => `errors.${code}`),
      ...ENROLMENT_STATUSES.flatMap((status) => [`enrolmentStatus.${status}`, `statusAction.${status}`]),
      ...ELIGIBILITY_RULES.flatMap((rule) => [
        `ruleName.${rule}`,
        `ruleOutcome.${rule}.pass`,
        `ruleOutcome.${rule}.fail`,
      ]),
      ...ROLES.map((role) => `roles.${role}`),
      ...CLASS_STATUSES.map((status) => `classStatus.${status}`),
      ...EDUCATION_LEVELS.map((level) => `education.${level}`),
      ...ASSET_CONDITIONS.map((value) => `equipment.condition.${value}`),
      ...ASSET_STATUSES.flatMap((value) => [`equipment.status.${value}`, `stock.scan.reason.${value}`]),
      ...ASSET_SOURCES.map((value) => `equipment.source.${value}`),
      ...BORROWER_KINDS.map((value) => `equipment.borrowerKind.${value}`),
      ...CONSUMABLE_UNITS.map((value) => `stock.unit.${value}`),
      ...MOVEMENT_KINDS.flatMap((value) => [
        `stock.kind.${value}`,
        `stock.move.button.${value}`,
        `stock.move.title.${value}`,
        `stock.move.saved.${value}`,
      ]),
    ];
    for (const key of needed) expect(id.has(key), key).toBe(true);
  });

  it('translate every field-error key main can answer with', () => {
    for (const key of FIELD_ERROR_KEYS) expect(id.has(`fieldErrors.${key}`), key).toBe(true);
  });

  it('use the screen vocabulary of domain.md', () => {
    expect(id.get('nav.participants')).toBe('Peserta');
    expect(id.get('nav.programs')).toBe('Program Pelatihan');
    expect(id.get('nav.classes')).toBe('Kelas / Paket');
    expect(en.get('nav.classes')).toBe('Classes');
    expect(id.get('enrolmentStatus.reserve')).toBe('Peserta cadangan');
    expect(id.get('enrolmentStatus.reregistered')).toBe('Daftar ulang');
    expect(id.get('sex.L')).toBe('Laki-laki');
    expect(id.get('equipment.assets.nav')).toBe('Peralatan');
    expect(id.get('equipment.loans.nav')).toBe('Peminjaman');
    expect(id.get('stock.nav.stocktakes')).toBe('Stok Opname');
    expect(id.get('stock.nav.consumables')).toBe('Bahan Habis Pakai');
    expect(id.get('equipment.maintenance.title')).toBe('Pemeliharaan');
    expect(id.get('equipment.condition.minor_damage')).toBe('Rusak Ringan');
    expect(id.get('audit.nav')).toBe('Jejak Audit');
    expect(id.get('verify.nav')).toBe('Verifikasi');
  });
});
