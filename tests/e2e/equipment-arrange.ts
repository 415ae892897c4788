import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { setUpBlk, type Harness } from './fixtures';

/**
 * The welding workshop of the BLK as an equipment room starts: a set-up BLK, Workshop Las 1 (and
 * a second workshop), the category Mesin las (code LAS, so generated tags read LAS-0001), an
 * instructor, an MTU site, the programme Pengelasan SMAW and one class of it.
 */
export async function arrangeWorkshop(harness: Harness, { classAt = 'room' as 'room' | 'mtu' } = {}) {
  await setUpBlk(harness);
  const room = await harness.backdoor('rooms.create', { name: 'Workshop Las 1', trade: 'Las', capacity: 12 });
  const otherRoom = await harness.backdoor('rooms.create', {
    name: 'Workshop Otomotif',
    trade: 'Otomotif',
    capacity: 12,
  });
  const category = await harness.backdoor('equipmentCategories.create', {
    name: 'Mesin las',
    code: 'las',
    usefulLifeYears: 5,
  });
  const instructor = await harness.backdoor('instructors.create', {
    nik: '6401010909850001',
    fullName: 'Rahmat Hidayat',
    phone: '081234567890',
    employerKind: 'blk',
    trades: ['Las'],
    competency: { number: 'K-1', issuer: 'BNSP', issuedOn: '2024-02-01', expiresOn: '2029-02-01' },
    methodology: { number: 'M-1', issuer: 'BBPLK Bekasi', issuedOn: '2023-03-10', expiresOn: '2028-03-10' },
  });
  const site = await harness.backdoor('mtuSites.create', {
    name: 'Balai Desa Muara Komam',
    village: 'Muara Komam',
    district: 'Muara Komam',
    active: true,
  });
  const program = await harness.backdoor('programs.create', {
    code: 'LAS',
    name: 'Pengelasan SMAW',
    trade: 'Las',
    totalJp: 40,
    minAttendancePct: 80,
    rules: {},
    units: [{ code: 'C.24.100.001.01', title: 'Mengelas pelat posisi datar', jp: 40 }],
  });
  const klass = await harness.backdoor('classes.create', {
    programId: program.id,
    name: 'Las SMAW Angkatan 2',
    quota: 16,
    minToOpen: 1,
    startDate: '2026-11-30',
    endDate: '2026-12-11',
    status: 'open',
    place: classAt === 'room' ? { kind: 'room', roomId: room.id } : { kind: 'mtu', mtuSiteId: site.id },
    instructors: [{ instructorId: instructor.id, role: 'lead' }],
  });
  /** An asset of the welding workshop, registered by the backdoor (its tag from the pattern). */
  const asset = (name: string, extra: { roomId?: number } = {}) =>
    harness.backdoor('assets.create', {
      name,
      categoryId: category.id,
      roomId: extra.roomId ?? room.id,
      condition: 'good',
      source: 'ministry_grant',
      acquiredOn: '2024-03-01',
      valueRupiah: 5_000_000,
    });
  return { room, otherRoom, category, instructor, site, program, klass, asset };
}

/**
 * The text of the QR in one label cell (0 = top left) of a label sheet: the page rendered as a
 * scanner would see it, cut to that 70 x 37 mm cell (3 x 8 on A4) so exactly one QR is in view.
 */
export function qrTextOfLabel(pdf: string, cell: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'pelita-labels-'));
  try {
    const dpi = 150;
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')]);
    const image = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    const width = Math.floor((595.28 / 3 / 72) * dpi);
    const height = Math.floor((841.89 / 8 / 72) * dpi);
    const left = (cell % 3) * width;
    const top = Math.floor(cell / 3) * height;
    const data = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y += 1) {
      const from = ((top + y) * image.width + left) * 4;
      data.set(image.data.subarray(from, from + width * 4), y * width * 4);
    }
    const code = jsQR(data, width, height);
    if (!code) throw new Error(`no QR found in label ${cell} of ${pdf}`);
    return code.data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
