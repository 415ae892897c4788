import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/shared/i18n';
import { ApiError } from '../../src/renderer/src/lib/api';
import { errorText } from '../../src/renderer/src/lib/errors';

async function translator(lng: 'id' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { [lng]: { translation: dictionaries[lng] } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const clash = new ApiError({
  code: 'SESSION_CLASH',
  message: 'Clashes',
  params: { className: 'Las Angkatan 2', date: '2026-12-01', start: '08:00', end: '12:00', resource: 'Workshop Las 1' },
});

describe('error text', () => {
  it('writes ISO dates from main out in the clerk’s language', async () => {
    expect(errorText(await translator('id'), 'id', clash)).toBe(
      'Jadwal bentrok dengan kelas Las Angkatan 2 pada 1 Desember 2026 pukul 08:00–12:00: Workshop Las 1 sudah terpakai.',
    );
    expect(errorText(await translator('en'), 'en', clash)).toContain('on 1 December 2026 at 08:00–12:00');
  });
});
