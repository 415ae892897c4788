import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers';
import { equipmentApp, headDesk } from './fixture';

let t: TestApp;
afterEach(async () => t?.close());

describe('categories and settings', () => {
  it('refuses a duplicate name or code (any case) with the field, and counts assets without disposed ones', async () => {
    const f = await equipmentApp();
    t = f.t;
    expect(f.welder).toMatchObject({ code: 'LAS', goodsCode: '', active: true, assetCount: 0 });
    expect(
      await t.fail('equipmentCategories.create', { name: 'mesin las', code: 'MLS', usefulLifeYears: 5 }),
    ).toMatchObject({
      code: 'CATEGORY_NAME_TAKEN',
      fields: { name: 'category_name_taken' },
    });
    expect(
      await t.fail('equipmentCategories.create', { name: 'Gerinda', code: 'Las', usefulLifeYears: 5 }),
    ).toMatchObject({
      code: 'CATEGORY_CODE_TAKEN',
      fields: { code: 'category_code_taken' },
    });
    expect(
      await t.fail('equipmentCategories.update', { id: f.laptop.id, name: 'Laptop', code: 'LAS', usefulLifeYears: 4 }),
    ).toMatchObject({
      code: 'CATEGORY_CODE_TAKEN',
    });
    // Renaming itself in another case is fine.
    await t.call('equipmentCategories.update', { id: f.laptop.id, name: 'LAPTOP', code: 'komp', usefulLifeYears: 3 });
    const a = await f.asset();
    await f.asset();
    await t.call('assets.setStatus', { id: a.id, status: 'disposed', reason: 'Rusak total, dihapuskan' });
    const listed = await t.call('equipmentCategories.list', {});
    expect(listed.map((c) => [c.name, c.code, c.assetCount])).toEqual([
      ['LAPTOP', 'KOMP', 0],
      ['Mesin Las', 'LAS', 1],
    ]);
  });

  it('saves the tag pattern (admin only) and refuses a pattern without {seq:N}', async () => {
    const f = await equipmentApp();
    t = f.t;
    expect(await t.call('equipmentSettings.get', {})).toEqual({ tagPattern: '{category}-{seq:4}' });
    expect((await t.fail('equipmentSettings.save', { tagPattern: 'BLK-{category}' })).code).toBe('VALIDATION');
    expect(await t.call('equipmentSettings.save', { tagPattern: 'BLK/{year}/{seq:3}' })).toEqual({
      tagPattern: 'BLK/{year}/{seq:3}',
    });
    const head = await headDesk(t);
    expect((await t.fail('equipmentSettings.save', { tagPattern: '{seq:2}' }, head)).code).toBe('FORBIDDEN');
  });
});

describe('asset tags', () => {
  it('numbers each category on its own from the pattern, skips a tag already taken and keeps a typed one', async () => {
    const f = await equipmentApp();
    t = f.t;
    expect((await f.asset()).tag).toBe('LAS-0001');
    expect((await f.asset({ categoryId: f.laptop.id })).tag).toBe('KOMP-0001');
    // An old label typed in by hand takes LAS-0003: the pattern skips it.
    expect((await f.asset({ tag: 'las-0003' })).tag).toBe('las-0003');
    expect((await f.asset()).tag).toBe('LAS-0002');
    expect((await f.asset()).tag).toBe('LAS-0004');
    expect((await f.asset({ categoryId: f.laptop.id })).tag).toBe('KOMP-0002');
  });

  it('uses one sequence per year when the pattern has {year} and no category', async () => {
    const f = await equipmentApp();
    t = f.t;
    await t.call('equipmentSettings.save', { tagPattern: 'BLK/{year}/{seq:3}' });
    expect((await f.asset({ acquiredOn: '2025-03-01' })).tag).toBe('BLK/2025/001');
    expect((await f.asset({ categoryId: f.laptop.id, acquiredOn: '2025-07-01' })).tag).toBe('BLK/2025/002');
    expect((await f.asset({ acquiredOn: '2026-01-01' })).tag).toBe('BLK/2026/001');
  });

  it('refuses a typed tag in use (any case) with the tag, consuming no number', async () => {
    const f = await equipmentApp();
    t = f.t;
    await f.asset();
    const error = await t.fail('assets.create', { ...(await t.call('assets.get', { id: 1 })), tag: 'las-0001' });
    expect(error).toMatchObject({
      code: 'ASSET_TAG_TAKEN',
      params: { tag: 'LAS-0001' },
      fields: { tag: 'asset_tag_taken' },
    });
    expect((await f.asset()).tag).toBe('LAS-0002');
  });

  it('finds by tag ignoring case and names an unknown tag', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    expect((await t.call('assets.byTag', { tag: 'las-0001' })).id).toBe(a.id);
    expect(await t.fail('assets.byTag', { tag: 'LAS-9999' })).toMatchObject({
      code: 'ASSET_TAG_UNKNOWN',
      params: { tag: 'LAS-9999' },
    });
    expect((await t.fail('assets.byTag', { tag: 'LAS 0001' })).code).toBe('VALIDATION');
  });
});

describe('the asset list', () => {
  it('filters, searches word beginnings or a tag prefix, pages and shows the book value', async () => {
    const f = await equipmentApp();
    t = f.t;
    await f.asset({ name: 'Mesin Las Listrik', brand: 'Rhino', model: 'ARC-200', serialNumber: 'RH2001' });
    await f.asset({ name: 'Gerinda Tangan', brand: 'Makita', model: 'GA4030', condition: 'minor_damage' });
    await f.asset({
      name: 'Laptop Asus',
      categoryId: f.laptop.id,
      roomId: f.tik.id,
      brand: 'Asus',
      model: 'X441',
      source: 'apbd',
    });
    for (let i = 0; i < 5; i++) await f.asset({ name: `Helm Las ${i}`, brand: 'Krisbow' });

    const search = async (text: string) => (await t.call('assets.list', { search: text })).rows.map((row) => row.name);
    expect(await search('las rhi')).toEqual(['Mesin Las Listrik']);
    expect(await search('arc 200')).toEqual(['Mesin Las Listrik']);
    expect(await search('200')).toEqual(['Mesin Las Listrik']);
    expect(await search('esin')).toEqual([]); // middle of a word
    expect(await search('KOMP-0')).toEqual(['Laptop Asus']);
    // % is no wildcard: it separates words, as it does in the index.
    expect(await search('100%')).toEqual(await search('100'));
    expect(await search('"las" OR')).toEqual(await search('las or'));
    expect(await search('makita')).toEqual(['Gerinda Tangan']);

    const filtered = async (filters: object) => (await t.call('assets.list', filters)).rows.map((row) => row.name);
    expect(await filtered({ roomId: f.tik.id })).toEqual(['Laptop Asus']);
    expect(await filtered({ categoryId: f.laptop.id })).toEqual(['Laptop Asus']);
    expect(await filtered({ condition: 'minor_damage' })).toEqual(['Gerinda Tangan']);
    expect(await filtered({ source: 'apbd' })).toEqual(['Laptop Asus']);
    expect(await filtered({ status: 'lost' })).toEqual([]);

    const page2 = await t.call('assets.list', { search: 'helm', page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 5, capped: false });
    expect(page2.rows.map((row) => row.name)).toEqual(['Helm Las 2', 'Helm Las 3']);
    const all = await t.call('assets.list', { pageSize: 3 });
    expect(all.total).toBe(8);
    expect(all.rows[0]).toMatchObject({
      tag: 'KOMP-0001',
      categoryName: 'Laptop',
      roomName: 'Lab Komputer',
      valueRupiah: 12_000_000,
      // 34 of 48 months gone (January 2024 to 23 November 2026).
      bookValueRupiah: 3_500_000,
    });
    expect(all.rows[1]).toMatchObject({ tag: 'LAS-0001', bookValueRupiah: 5_200_000 });
  });

  it('finds an asset by its new words right after an edit, and a new asset at once', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset({ name: 'Bor Tangan', brand: 'Bosch', model: 'GSB 550' });
    const names = async (text: string) => (await t.call('assets.list', { search: text })).rows.map((row) => row.tag);
    expect(await names('bosch gsb')).toEqual([a.tag]);
    await t.call('assets.update', { ...a, brand: 'Makita', model: 'HP1630' });
    expect(await names('bosch')).toEqual([]);
    expect(await names('makita hp16')).toEqual([a.tag]);
    const b = await f.asset({ name: 'Bor Duduk', brand: 'Makita' });
    expect(await names('makita')).toEqual([a.tag, b.tag]);
    expect(await names('BOR')).toEqual([a.tag, b.tag]);
  });

  it('refuses negative or non-numeric values through the contract', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    const base = { ...a, id: a.id };
    expect(await t.fail('assets.update', { ...base, valueRupiah: -5 })).toMatchObject({
      code: 'VALIDATION',
      fields: { valueRupiah: 'rupiah_range' },
    });
    expect((await t.fail('assets.update', { ...base, valueRupiah: '12000000' })).code).toBe('VALIDATION');
    expect((await t.fail('assets.update', { ...base, valueRupiah: 1.5 })).code).toBe('VALIDATION');
    expect((await t.fail('equipmentCategories.create', { name: 'X', code: 'X', usefulLifeYears: 0 })).code).toBe(
      'VALIDATION',
    );
  });
});

describe('editing, write-offs, photos and history', () => {
  it('updates without touching the tag, writes off with a reason and lists the history newest first', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    const id = a.id;
    t.clock.now = new Date('2026-11-24T02:00:00.000Z');
    const updated = await t.call('assets.update', {
      id,
      name: 'Mesin Las MIG Lincoln',
      categoryId: a.categoryId,
      brand: a.brand,
      model: a.model,
      serialNumber: a.serialNumber,
      roomId: f.tik.id,
      condition: 'minor_damage',
      source: a.source,
      acquiredOn: a.acquiredOn,
      valueRupiah: a.valueRupiah,
    });
    expect(updated).toMatchObject({ tag: 'LAS-0001', roomName: 'Lab Komputer', condition: 'minor_damage' });
    t.clock.now = new Date('2026-11-25T02:00:00.000Z');
    const lost = await t.call('assets.setStatus', { id, status: 'lost', reason: 'Tidak ditemukan saat pindahan' });
    expect(lost).toMatchObject({ status: 'lost', statusReason: 'Tidak ditemukan saat pindahan' });

    const history = await t.call('assets.history', { id });
    expect(history.map((event) => event.action)).toEqual(['assets.setStatus', 'assets.update', 'assets.create']);
    expect(history[0]).toMatchObject({
      operatorName: 'Admin BLK',
      changes: { status: ['available', 'lost'] },
      note: 'Tidak ditemukan saat pindahan',
    });
    expect(history[1]?.changes).toEqual({
      name: ['Mesin Las MIG 1', 'Mesin Las MIG Lincoln'],
      roomId: [f.las.id, f.tik.id],
      condition: ['good', 'minor_damage'],
    });
    expect(history[2]?.changes.tag).toEqual([null, 'LAS-0001']);
    expect(history[2]?.changes).not.toHaveProperty('size');
  });

  it('refuses to write off an asset that is checked out or in repair, with its tag', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    await t.call('maintenance.record', { assetId: a.id, reportedOn: '2026-11-20', problem: 'Kabel putus' });
    expect(await t.fail('assets.setStatus', { id: a.id, status: 'disposed', reason: 'x' })).toMatchObject({
      code: 'ASSET_NOT_AVAILABLE',
      params: { tag: 'LAS-0001' },
    });
    expect((await t.call('assets.get', { id: a.id })).status).toBe('in_repair');
  });

  it('copies a chosen photo in, replaces the previous file, refuses a non-image and clears it', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    expect(await t.call('assets.choosePhoto', { id: a.id })).toBeNull();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const source = join(t.dataDir, 'foto.png');
    writeFileSync(source, png);
    t.platform.nextOpenPath = source;
    const first = await t.call('assets.choosePhoto', { id: a.id });
    expect(first?.photoDataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);
    const images = join(t.dataDir, 'images');
    const firstFiles = readdirSync(images);
    expect(firstFiles).toHaveLength(1);
    expect(firstFiles[0]?.startsWith(`asset-${a.id}-`)).toBe(true);
    expect(firstFiles[0]).toMatch(/^asset-\d+-[0-9a-f]+\.png$/);
    await t.call('assets.choosePhoto', { id: a.id });
    expect(readdirSync(images)).toHaveLength(1);
    expect(existsSync(join(images, firstFiles[0] ?? ''))).toBe(false);

    writeFileSync(source, 'not an image');
    expect((await t.fail('assets.choosePhoto', { id: a.id })).code).toBe('IMAGE_INVALID');
    expect((await t.call('assets.clearPhoto', { id: a.id })).photoDataUrl).toBeNull();
    expect(readdirSync(images)).toHaveLength(0);
    const actions = (await t.call('assets.history', { id: a.id })).map((event) => event.action);
    expect(actions).toEqual(['assets.clearPhoto', 'assets.choosePhoto', 'assets.choosePhoto', 'assets.create']);
  });

  it('prints labels and exports the register, or returns null when the dialog is cancelled', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    const b = await f.asset();
    t.platform.chooseSavePath = async () => null;
    expect(await t.call('assets.printLabels', { ids: [b.id, a.id] })).toBeNull();
    expect(await t.call('assets.exportRegister', {})).toBeNull();
    expect((await t.fail('assets.printLabels', { ids: [] })).code).toBe('VALIDATION');
  });

  it('writes the label sheet and the register where the clerk chose', async () => {
    const f = await equipmentApp();
    t = f.t;
    const a = await f.asset();
    const b = await f.asset();
    const labels = await t.call('assets.printLabels', { ids: [b.id, a.id] });
    expect(labels?.fileName).toBe('Label-Aset-2-2026-11-23.pdf');
    expect(statSync(labels?.path ?? '').size).toBeGreaterThan(0);
    expect(t.opened).toEqual([labels?.path]);
    const register = await t.call('assets.exportRegister', { roomId: f.las.id });
    expect(register?.fileName).toBe('Register-Aset-KIB-B-2026-11-23.xlsx');
    expect(statSync(register?.path ?? '').size).toBeGreaterThan(0);
    expect((await t.fail('assets.printLabels', { ids: [999] })).code).toBe('NOT_FOUND');
  });
});
