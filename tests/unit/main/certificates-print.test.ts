import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSetUpApp, type TestApp } from '../helpers';
import { printChunk } from '../../../src/main/features/certificates/print';
import { certificateParts } from '../../../src/main/pdf/certificate-pool';
import { finishedClass } from './certificates-fixture';

let t: TestApp;
afterEach(async () => {
  printChunk.files = defaultChunkFiles;
  certificateParts.size = defaultPartSize;
  await t?.close();
});
const defaultChunkFiles = printChunk.files;
const defaultPartSize = certificateParts.size;

const prints = () =>
  t.app.handle.sqlite
    .prepare('SELECT certificate_id AS id, copy, reason FROM certificate_prints ORDER BY certificate_prints.id')
    .all() as { id: number; copy: number; reason: string | null }[];

/** A real 1x1 PNG: pdfmake decodes it, so a path outside images/ or a bad file would fail a print. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

async function issuedClass(names: string[], options: { code?: string; className?: string } = {}) {
  const c = await finishedClass(t, names, options);
  const { issued } = await t.call('certificates.issueForClass', { classId: c.klass.id });
  return { ...c, issued };
}

/** Chooses the same small PNG as the logo and the signature; main copies each into images/. */
async function installLogoAndSignature(): Promise<void> {
  const png = join(t.dataDir, 'logo.png');
  writeFileSync(png, ONE_PIXEL_PNG);
  t.platform.nextOpenPath = png;
  await t.call('certificateSettings.chooseImage', { kind: 'logo' });
  await t.call('certificateSettings.chooseImage', { kind: 'signature' });
}

// The first print of a test starts the render workers, under tsx: seconds on a busy machine.
describe('printing', { timeout: 30_000 }, () => {
  it('prints a class into one PDF, opens it, and needs a reason to reprint, marking the copy', async () => {
    t = await createSetUpApp();
    const { issued, klass } = await issuedClass(['Andi', 'Bayu']);
    const ids = issued.map((row) => row.id);
    const job = await t.call('certificates.startPrint', { certificateIds: ids, layout: 'combined' });
    expect(job).toMatchObject({ total: 2, done: 0, finished: false, output: null });
    const done = await t.call('certificates.continuePrint', { jobId: job?.jobId ?? '' });
    const fileName = `Sertifikat-${klass.name}-2026-11-23.pdf`;
    expect(done).toMatchObject({ total: 2, done: 2, finished: true, output: { fileName } });
    expect(t.opened).toEqual([done.output?.path]);
    const text = pdfText(done.output?.path ?? '');
    for (const row of issued) {
      expect(text).toContain(row.serial);
      expect(text).toContain(row.fullName);
    }
    expect(prints()).toEqual(ids.map((id) => ({ id, copy: 1, reason: null })));
    expect(await t.fail('certificates.continuePrint', { jobId: job?.jobId })).toMatchObject({ code: 'PRINT_JOB_GONE' });

    expect(await t.fail('certificates.startPrint', { certificateIds: ids, layout: 'combined' })).toMatchObject({
      code: 'REPRINT_REASON_REQUIRED',
    });
    const reprint = await t.call('certificates.startPrint', {
      certificateIds: [ids[0] ?? 0],
      layout: 'combined',
      reprintReason: 'Sertifikat asli hilang',
    });
    const second = await t.call('certificates.continuePrint', { jobId: reprint?.jobId ?? '' });
    expect(pdfText(second.output?.path ?? '')).toMatch(/dicetak ulang 23 November 2026/i);
    expect(prints().at(-1)).toEqual({ id: ids[0], copy: 2, reason: 'Sertifikat asli hilang' });
    const listed = await t.call('certificates.list', { search: '' });
    expect(listed.rows.map((row) => [row.fullName, row.copies])).toEqual([
      ['Bayu', 1],
      ['Andi', 2],
    ]);
    const audited = t.app.handle.sqlite
      .prepare("SELECT count(*) FROM audit_log WHERE entity = 'certificate_print'")
      .pluck()
      .get();
    expect(audited).toBe(3);
  });

  it('prints the logo and signature copied into the data dir', async () => {
    t = await createSetUpApp();
    await installLogoAndSignature();
    const { issued } = await issuedClass(['Andi']);
    const job = await t.call('certificates.startPrint', { certificateIds: [issued[0]?.id ?? 0], layout: 'combined' });
    const done = await t.call('certificates.continuePrint', { jobId: job?.jobId ?? '' });
    const images = execFileSync('pdfimages', ['-list', done.output?.path ?? ''], { encoding: 'utf8' });
    expect(
      images.split('\n').filter((line) => /^\s*\d+\s+\d+\s+image\s+1\s+1\s/.test(line)).length,
    ).toBeGreaterThanOrEqual(1);
  });

  it('names a logo or signature whose file has gone from the data dir, and writes nothing', async () => {
    t = await createSetUpApp();
    await installLogoAndSignature();
    const [logo, signature] = ['logo-', 'signature-'].map((prefix) =>
      join(t.dataDir, 'images', readdirSync(join(t.dataDir, 'images')).find((f) => f.startsWith(prefix)) ?? ''),
    );
    const { issued } = await issuedClass(['Andi']);
    const ids = [issued[0]?.id ?? 0];

    rmSync(logo ?? '');
    expect(await t.fail('certificates.startPrint', { certificateIds: ids, layout: 'combined' })).toMatchObject({
      code: 'CERTIFICATE_LOGO_UNREADABLE',
    });
    // Refused before the save dialog (the headless one makes the output folder).
    expect(existsSync(join(t.dataDir, 'output'))).toBe(false);
    await t.call('certificateSettings.chooseImage', { kind: 'logo' });

    // Damaged after the job started: refused when the job renders, before any file is written.
    const job = await t.call('certificates.startPrint', { certificateIds: ids, layout: 'combined' });
    writeFileSync(signature ?? '', 'not an image any more');
    expect(await t.fail('certificates.continuePrint', { jobId: job?.jobId ?? '' })).toMatchObject({
      code: 'CERTIFICATE_SIGNATURE_UNREADABLE',
    });
    expect(prints()).toEqual([]);
    expect(readdirSync(join(t.dataDir, 'output'))).toEqual([]);
  });

  it('refuses revoked and unknown certificates before asking where', async () => {
    t = await createSetUpApp();
    const { issued } = await issuedClass(['Andi', 'Bayu']);
    await t.call('certificates.revoke', { certificateId: issued[1]?.id ?? 0, reason: 'Data salah' });
    const ids = issued.map((row) => row.id);
    expect(await t.fail('certificates.startPrint', { certificateIds: ids, layout: 'perTrainee' })).toMatchObject({
      code: 'CERTIFICATE_REVOKED',
      params: { serial: issued[1]?.serial },
    });
    expect(await t.fail('certificates.startPrint', { certificateIds: [999], layout: 'combined' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await t.fail('certificates.cancelPrint', { jobId: 'no-such-job' })).toMatchObject({
      code: 'PRINT_JOB_GONE',
    });
    expect(existsSync(join(t.dataDir, 'output'))).toBe(false);
  });

  it('writes one file per trainee in parts; a cancel keeps the files written and records only those', async () => {
    t = await createSetUpApp();
    const a = await issuedClass(['Peserta A1', 'Peserta A2', 'Peserta A3'], { code: 'AAA', className: 'Kelas A' });
    const b = await issuedClass(['Peserta B1', 'Peserta B2'], { code: 'BBB', className: 'Kelas B' });
    const ids = [...a.issued, ...b.issued].map((row) => row.id);
    printChunk.files = 2;
    const job = await t.call('certificates.startPrint', { certificateIds: ids, layout: 'perTrainee' });
    const part = await t.call('certificates.continuePrint', { jobId: job?.jobId ?? '' });
    expect(part.finished).toBe(false);
    expect(part.done).toBeGreaterThan(0);
    expect(part.done).toBeLessThanOrEqual(2);
    const cancelled = await t.call('certificates.cancelPrint', { jobId: job?.jobId ?? '' });
    expect(cancelled).toMatchObject({ done: part.done, finished: false });
    expect(await t.fail('certificates.continuePrint', { jobId: job?.jobId })).toMatchObject({ code: 'PRINT_JOB_GONE' });

    const folder = join(t.dataDir, 'output', 'certificates');
    const files = readdirSync(folder);
    expect(files).toHaveLength(part.done);
    expect(files.every((file) => file.endsWith('.pdf') && !file.startsWith('.'))).toBe(true);
    expect(files).toContain('0001-BLK-AAA-2026 Peserta A1.pdf');
    expect(prints().map((row) => row.id)).toEqual(ids.slice(0, part.done));
    expect(t.opened).toEqual([]);

    // The rest in a new job, to the end: the folder is the output, nothing is opened.
    const rest = await t.call('certificates.startPrint', {
      certificateIds: ids.slice(part.done),
      layout: 'perTrainee',
    });
    let state = await t.call('certificates.continuePrint', { jobId: rest?.jobId ?? '' });
    while (!state.finished) state = await t.call('certificates.continuePrint', { jobId: rest?.jobId ?? '' });
    expect(state.output).toEqual({ fileName: 'certificates', path: folder });
    expect(readdirSync(folder)).toHaveLength(5);
    expect(prints()).toHaveLength(5);
    expect(t.opened).toEqual([]);
  });

  it('prints a large batch into one PDF part by part, with progress; a cancel writes and records nothing', async () => {
    t = await createSetUpApp();
    const names = ['Peserta 1', 'Peserta 2', 'Peserta 3', 'Peserta 4', 'Peserta 5'];
    const { issued } = await issuedClass(names);
    const ids = issued.map((row) => row.id);
    // Parts of two: 2 + 2 + 1, rendered by the two workers side by side.
    certificateParts.size = 2;
    const job = await t.call('certificates.startPrint', { certificateIds: ids, layout: 'combined' });
    const first = await t.call('certificates.continuePrint', { jobId: job?.jobId ?? '' });
    expect(first).toMatchObject({ total: 5, done: 2, finished: false, output: null });
    expect(prints()).toEqual([]);
    let state = first;
    const seen = [first.done];
    while (!state.finished) {
      state = await t.call('certificates.continuePrint', { jobId: job?.jobId ?? '' });
      seen.push(state.done);
    }
    expect(seen).toEqual([2, 4, 5]);
    expect(t.opened).toEqual([state.output?.path]);
    const text = pdfText(state.output?.path ?? '');
    // In the order asked for, across the parts.
    const at = names.map((name) => text.indexOf(name));
    expect(at.every((position) => position >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(prints().map((row) => row.id)).toEqual(ids);

    const again = await t.call('certificates.startPrint', {
      certificateIds: ids,
      layout: 'combined',
      reprintReason: 'Kertas macet',
    });
    const part = await t.call('certificates.continuePrint', { jobId: again?.jobId ?? '' });
    expect(part).toMatchObject({ done: 2, finished: false, output: null });
    await t.call('certificates.cancelPrint', { jobId: again?.jobId ?? '' });
    expect(prints()).toHaveLength(5);
    expect(readdirSync(join(t.dataDir, 'output')).filter((file) => file.endsWith('.pdf'))).toHaveLength(1);
  });
});
