import { describe, expect, it } from 'vitest';
import { ASSET_CONDITIONS, ASSET_STATUSES, CONSUMABLE_UNITS, MOVEMENT_KINDS } from '../../src/shared/equipment';
import { enStock } from '../../src/shared/i18n/en-stock';
import { idStock } from '../../src/shared/i18n/id-stock';

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

const id = flatten(idStock as unknown as Tree);
const en = flatten(enStock as unknown as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the stock dictionaries', () => {
  it('have the same keys and placeholders in both languages', () => {
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort());
    for (const [key, text] of id) expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('name every condition, status, unit and movement kind the contract can send', () => {
    const needed = [
      ...ASSET_CONDITIONS.map((value) => `stock.condition.${value}`),
      ...ASSET_STATUSES.map((value) => `stock.scan.reason.${value}`),
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
});
