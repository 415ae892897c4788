/** A set-up BLK with two workshops, two equipment categories and helpers to add assets. */
import type { InputOf } from '@shared/contract';
import { createSetUpApp, paserNik, type TestApp } from '../helpers';

export async function equipmentApp() {
  const t = await createSetUpApp();
  const las = await t.call('rooms.create', { name: 'Workshop Las', trade: 'Las', capacity: 16 });
  const tik = await t.call('rooms.create', { name: 'Lab Komputer', trade: 'TIK', capacity: 16 });
  const welder = await t.call('equipmentCategories.create', {
    name: 'Mesin Las',
    code: 'las',
    usefulLifeYears: 5,
  });
  const laptop = await t.call('equipmentCategories.create', {
    name: 'Laptop',
    code: 'KOMP',
    usefulLifeYears: 4,
  });
  let n = 0;
  const asset = (overrides: Partial<InputOf<'assets.create'>> = {}) => {
    n += 1;
    return t.call('assets.create', {
      name: `Mesin Las MIG ${n}`,
      categoryId: welder.id,
      brand: 'Lincoln',
      model: 'Power MIG 210',
      serialNumber: `SN-${1000 + n}`,
      roomId: las.id,
      condition: 'good',
      source: 'ministry_grant',
      acquiredOn: '2024-01-15',
      valueRupiah: 12_000_000,
      ...overrides,
    });
  };
  return { t, las, tik, welder, laptop, asset };
}

export async function instructorIn(t: TestApp, fullName = 'Rahmat Hidayat') {
  return t.call('instructors.create', {
    nik: paserNik('1985-06-15', 'L'),
    fullName,
    phone: '081255551234',
    employerKind: 'blk',
  });
}

/** Signs a second window in as admin (another clerk's desk on the same database). */
export async function secondDesk(t: TestApp) {
  const router = t.app.createRouter();
  await t.call('auth.login', { username: 'admin', password: 'rahasia123' }, router);
  return router;
}

/** Signs a window in as a head-of-BLK (read-only) operator. */
export async function headDesk(t: TestApp) {
  await t.call('operators.create', {
    username: 'kepala',
    fullName: 'Kepala BLK',
    role: 'head',
    password: 'kepala12345',
  });
  const router = t.app.createRouter();
  await t.call('auth.login', { username: 'kepala', password: 'kepala12345' }, router);
  return router;
}
