import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createSetUpApp, type TestApp } from '../helpers';
import { finishedClass } from './certificates-fixture';

let t: TestApp;
afterEach(async () => t?.close());

/** The 8-byte PNG signature and a little more: enough for the magic-byte check. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const imagesDir = () => join(t.dataDir, 'images');

describe('certificate settings', () => {
  it('saves the wording and pattern with an audit row, and refuses a pattern without {seq:N}', async () => {
    t = await createSetUpApp();
    const before = await t.call('certificateSettings.get', {});
    expect(before).toMatchObject({
      headName: 'Drs. H. Ahmad Yani, M.Si.',
      serialPattern: '{seq:4}/BLK/{programme}/{year}',
      serialExample: '0001/BLK/OPK/2026',
      logo: 'none',
      signature: 'none',
    });
    const saved = await t.call('certificateSettings.save', {
      city: 'Tanah Grogot',
      headTitle: 'Kepala UPTD BLK Paser',
      title: 'SERTIFIKAT PELATIHAN',
      wording: 'telah mengikuti pelatihan',
      wordingEn: '',
      serialPattern: 'BLK-PSR/{year}/{seq:3}',
    });
    expect(saved).toMatchObject({
      headTitle: 'Kepala UPTD BLK Paser',
      serialExample: 'BLK-PSR/2026/001',
      wordingEn: '',
    });
    const audit = t.app.handle.sqlite
      .prepare("SELECT count(*) FROM audit_log WHERE entity = 'certificate_settings'")
      .pluck()
      .get();
    expect(audit).toBe(1);
    expect(await t.fail('certificateSettings.save', { ...saved, serialPattern: 'BLK/{year}' })).toMatchObject({
      code: 'VALIDATION',
      fields: { serialPattern: 'serial_pattern' },
    });
  });

  it('copies a chosen PNG into the data dir, refuses a text file named .png, and clears', async () => {
    t = await createSetUpApp();
    const fake = join(t.dataDir, 'logo.png');
    writeFileSync(fake, 'this is not an image');
    t.platform.nextOpenPath = fake;
    expect(await t.fail('certificateSettings.chooseImage', { kind: 'logo' })).toMatchObject({ code: 'IMAGE_INVALID' });
    expect(existsSync(imagesDir())).toBe(false);
    const huge = join(t.dataDir, 'huge.png');
    writeFileSync(huge, Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]));
    t.platform.nextOpenPath = huge;
    expect(await t.fail('certificateSettings.chooseImage', { kind: 'logo' })).toMatchObject({ code: 'IMAGE_INVALID' });
    t.platform.nextOpenPath = join(t.dataDir, 'missing.png');
    expect(await t.fail('certificateSettings.chooseImage', { kind: 'logo' })).toMatchObject({ code: 'IMAGE_INVALID' });
    expect((await t.call('certificateSettings.get', {})).logo).toBe('none');

    const real = join(t.dataDir, 'Logo Paser.PNG');
    writeFileSync(real, PNG);
    t.platform.nextOpenPath = real;
    expect(await t.call('certificateSettings.chooseImage', { kind: 'logo' })).toMatchObject({
      logo: 'installed',
      signature: 'none',
    });
    const jpeg = join(t.dataDir, 'ttd.jpeg');
    writeFileSync(jpeg, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    t.platform.nextOpenPath = jpeg;
    expect(await t.call('certificateSettings.chooseImage', { kind: 'signature' })).toMatchObject({
      signature: 'installed',
    });
    const files = readdirSync(imagesDir()).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^logo-[0-9a-f]{16}\.png$/);
    expect(files[1]).toMatch(/^signature-[0-9a-f]{16}\.jpg$/);
    // A file gone from the data dir (copied without images/, say) shows as such, not as installed.
    rmSync(join(imagesDir(), files[1] ?? ''));
    expect(await t.call('certificateSettings.get', {})).toMatchObject({ logo: 'installed', signature: 'unreadable' });

    t.platform.nextOpenPath = null;
    expect(await t.call('certificateSettings.chooseImage', { kind: 'logo' })).toBeNull();
    expect(await t.call('certificateSettings.clearImage', { kind: 'logo' })).toMatchObject({
      logo: 'none',
      signature: 'unreadable',
    });
  });
});

describe('registry', () => {
  it('searches by serial prefix or name words, filters and pages, newest first', async () => {
    t = await createSetUpApp();
    const c = await finishedClass(t, ['Andi Saputra', 'Bayu Saputra', 'Citra Dewi']);
    await t.call('certificates.issueForClass', { classId: c.klass.id });
    const names = async (input: Parameters<typeof t.call<'certificates.list'>>[1]) =>
      (await t.call('certificates.list', input)).rows.map((row) => row.fullName);
    expect(await names({ search: '' })).toEqual(['Citra Dewi', 'Bayu Saputra', 'Andi Saputra']);
    expect(await names({ search: 'saputra' })).toEqual(['Bayu Saputra', 'Andi Saputra']);
    expect(await names({ search: 'putra and' })).toEqual(['Andi Saputra']);
    expect(await names({ search: '0002/blk' })).toEqual(['Bayu Saputra']);
    expect(await names({ search: '%' })).toEqual([]);
    expect(await names({ search: '', year: 2025 })).toEqual([]);
    expect(await names({ search: '', programId: c.program.id, revoked: false })).toHaveLength(3);
    expect(await names({ search: '', revoked: true })).toEqual([]);
    const page = await t.call('certificates.list', { search: '', page: 2, pageSize: 2 });
    expect(page).toMatchObject({ total: 3, capped: false, rows: [{ fullName: 'Andi Saputra' }] });
  });

  it('exports the registry to xlsx with headings, real dates and names kept as text', async () => {
    t = await createSetUpApp();
    const c = await finishedClass(t, ['Andi']);
    t.app.handle.sqlite.prepare('UPDATE participants SET full_name = \'=HYPERLINK("x")\'').run();
    const [row] = (await t.call('certificates.issueForClass', { classId: c.klass.id })).issued;
    await t.call('certificates.revoke', { certificateId: row?.id ?? 0, reason: 'Nama salah' });
    const file = await t.call('certificates.exportXlsx', { search: '' });
    expect(file?.fileName).toBe('Register-Sertifikat-2026-11-23.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file?.path ?? '');
    const sheet = workbook.getWorksheet('Sertifikat');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'No',
      'Nomor Seri',
      'Nama',
      'NIK',
      'Program',
      'Kelas',
      'Tanggal Terbit',
      'Jumlah Cetak',
      'Status',
      'Alasan Pencabutan',
    ]);
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const values = sheet?.getRow(2).values as unknown[];
    expect(values.slice(1)).toEqual([
      1,
      '0001/BLK/OPK/2026',
      '=HYPERLINK("x")',
      row?.nik,
      'Operator Komputer OPK',
      c.klass.name,
      new Date('2026-11-23T00:00:00.000Z'),
      0,
      'Dicabut',
      'Nama salah',
    ]);
    expect(sheet?.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.String);
  });
});
