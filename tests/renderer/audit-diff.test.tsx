import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditDiff } from '../../src/renderer/src/features/audit/AuditDiff';
import { readFilters, NO_FILTERS } from '../../src/renderer/src/features/audit/AuditFilters';
import { diffAudit, valueText } from '../../src/renderer/src/features/audit/diff';
import { renderUi } from './render';

const words = { empty: '(kosong)', yes: 'ya', no: 'tidak', formatInstant: (iso: string) => `at ${iso}` };

function rowOf(field: string): HTMLElement {
  const row = screen.getByText(field, { selector: 'span' }).closest('tr');
  if (!row) throw new Error(`no row for ${field}`);
  return row;
}

describe('diffAudit', () => {
  it('pairs fields, marks only real changes, ignores key order inside values', () => {
    const lines = diffAudit(
      { fullName: 'Siti', role: 'front_desk', active: true, rules: { minAge: 17, maxAge: 35 } },
      { fullName: 'Siti Aminah', role: 'front_desk', active: false, rules: { maxAge: 35, minAge: 17 }, note: 'x' },
    );
    expect(lines.map((line) => [line.key, line.changed])).toEqual([
      ['fullName', true],
      ['role', false],
      ['active', true],
      ['rules', false],
      ['note', true],
    ]);
  });

  it('marks nothing as changed for a creation or a one-sided note', () => {
    expect(diffAudit(null, { username: 'desk' })).toEqual([
      { key: 'username', before: undefined, after: 'desk', inBefore: false, inAfter: true, changed: false },
    ]);
    expect(diffAudit(null, null)).toEqual([]);
  });

  it('shows a list or a bare value as one line', () => {
    expect(diffAudit([1, 2], [1, 3])).toEqual([
      { key: '', before: [1, 2], after: [1, 3], inBefore: true, inAfter: true, changed: true },
    ]);
  });

  it('turns values into plain text', () => {
    expect(valueText(null, words)).toBe('(kosong)');
    expect(valueText('', words)).toBe('(kosong)');
    expect(valueText(false, words)).toBe('tidak');
    expect(valueText(240, words)).toBe('240');
    expect(valueText({ a: [1] }, words)).toBe('{"a":[1]}');
    expect(valueText('2026-11-23T02:00:00.000Z', words)).toBe('at 2026-11-23T02:00:00.000Z');
    expect(valueText('x'.repeat(100_000), words)).toHaveLength(501);
  });
});

describe('AuditDiff', () => {
  it('highlights changed fields and shows before and after side by side', () => {
    renderUi(
      <AuditDiff
        before={{ fullName: 'Siti Front Desk', role: 'front_desk', active: true }}
        after={{ fullName: 'Siti Aminah', role: 'front_desk', active: false }}
      />,
    );
    expect(screen.getByText('2 isian berubah')).toBeTruthy();
    const name = rowOf('fullName');
    expect(name.getAttribute('data-changed')).toBe('true');
    expect(within(name).getByText('Siti Front Desk')).toBeTruthy();
    expect(within(name).getByText('Siti Aminah')).toBeTruthy();
    expect(within(name).getByText('berubah')).toBeTruthy();
    expect(rowOf('role').hasAttribute('data-changed')).toBe(false);
    expect(within(rowOf('active')).getByText('ya')).toBeTruthy();
    expect(within(rowOf('active')).getByText('tidak')).toBeTruthy();
  });

  it('shows markup typed into the app as text, never as HTML', () => {
    const { container } = renderUi(
      <AuditDiff
        before={null}
        after={{ fullName: '<img src=x onerror=alert(1)>', '<b>key</b>': '<script>x</script>' }}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByText('<b>key</b>')).toBeTruthy();
    // A creation: nothing before, so the before column says so and no row is marked as changed.
    expect(within(rowOf('fullName')).getByText('—')).toBeTruthy();
    expect(container.querySelector('[data-changed]')).toBeNull();
  });

  it('says when nothing was stored, in English too', () => {
    renderUi(<AuditDiff before={null} after={null} />, 'en');
    expect(screen.getByText('No before or after data was stored.')).toBeTruthy();
  });
});

describe('readFilters', () => {
  it('sends only what can be read, and says why the rest cannot', () => {
    expect(readFilters(NO_FILTERS)).toEqual({ filters: {}, errors: {} });
    expect(
      readFilters({ operatorId: '2', from: '23/11/2026', to: '24.11.2026', entity: 'operator', entityId: ' 7 ' }),
    ).toEqual({
      filters: { operatorId: 2, from: '2026-11-23', to: '2026-11-24', entity: 'operator', entityId: 7 },
      errors: {},
    });
    expect(readFilters({ ...NO_FILTERS, from: '31/02/2026', entityId: 'abc' })).toEqual({
      filters: {},
      errors: { from: 'date', entityId: 'invalid' },
    });
    expect(readFilters({ ...NO_FILTERS, from: '25/11/2026', to: '24/11/2026' })).toEqual({
      filters: {},
      errors: { to: 'end_before_start' },
    });
  });
});
