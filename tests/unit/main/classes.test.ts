import { afterEach, describe, expect, it } from 'vitest';
import type { ClassSummary, InputOf } from '@shared/contract';
import { createSetUpApp, paserNik, person, programmeWithClass, type TestApp } from '../helpers';

let t: TestApp;
afterEach(async () => t?.close());

// The helpers' clock: 23 November 2026 (WITA). programmeWithClass: 1 December 2026 - 15 January 2027.

const cert = (expiresOn: string | null, number: string) =>
  expiresOn === null ? null : { number, issuer: 'BNSP', issuedOn: '2023-01-10', expiresOn };

async function instructor(fullName: string, competency: string | null, methodology: string | null) {
  return t.call('instructors.create', {
    nik: paserNik('1985-06-15', 'L'),
    fullName,
    phone: '081255551234',
    employerKind: 'blk',
    competency: cert(competency, `K-${fullName}`),
    methodology: cert(methodology, `M-${fullName}`),
  });
}

/** classes.update input that keeps a class as it is, with the changes given. */
function edit(klass: ClassSummary, changes: Partial<InputOf<'classes.update'>> = {}): InputOf<'classes.update'> {
  return {
    id: klass.id,
    programId: klass.programId,
    name: klass.name,
    quota: klass.quota,
    startDate: klass.startDate,
    endDate: klass.endDate,
    status: klass.status,
    fundingSource: klass.fundingSource,
    sponsorName: klass.sponsorName,
    minToOpen: klass.minToOpen,
    place:
      klass.place?.kind === 'room'
        ? { kind: 'room', roomId: klass.place.roomId }
        : klass.place?.kind === 'mtu'
          ? { kind: 'mtu', mtuSiteId: klass.place.mtuSiteId }
          : null,
    instructors: klass.instructors.map((instructor) => ({ instructorId: instructor.id, role: instructor.role })),
    ...changes,
  };
}

async function enrolNew(classId: number, overrides: Parameters<typeof person>[0] = {}) {
  const created = await t.call('participants.create', person(overrides));
  return t.call('enrolments.enroll', { participantId: created.id, classId });
}

const sql = <T>(statement: string, ...params: unknown[]) =>
  t.app.handle.sqlite.prepare(statement).all(...params) as T[];

describe('class details', () => {
  it('gives callers that predate funding, place, instructors and the minimum their defaults', async () => {
    t = await createSetUpApp();
    const { klass, program } = await programmeWithClass(t);
    expect(klass).toMatchObject({
      status: 'open',
      fundingSource: 'apbn',
      sponsorName: '',
      place: null,
      instructors: [],
      minToOpen: 10,
      belowMinimum: true,
      // Starts in 8 days with nobody enrolled: listed on the warnings view.
      warnings: 1,
    });
    const small = await t.call('classes.create', {
      programId: program.id,
      name: 'Kelas kecil',
      quota: 4,
      startDate: '2027-03-01',
      endDate: '2027-03-31',
    });
    expect(small).toMatchObject({ minToOpen: 4, belowMinimum: true, warnings: 0 });
    const renamed = await t.call('classes.update', {
      id: small.id,
      programId: program.id,
      name: 'Kelas kecil 2',
      quota: 6,
      startDate: '2027-03-01',
      endDate: '2027-03-31',
      status: 'open',
    });
    expect(renamed).toMatchObject({ name: 'Kelas kecil 2', minToOpen: 6, fundingSource: 'apbn' });
  });

  it('requires the village or company for Dana Desa and partnership funding', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    for (const fundingSource of ['dana_desa', 'company'] as const) {
      expect(await t.fail('classes.update', edit(klass, { fundingSource, sponsorName: '  ' }))).toMatchObject({
        code: 'VALIDATION',
        fields: { sponsorName: 'required' },
      });
    }
    const village = await t.call(
      'classes.update',
      edit(klass, { fundingSource: 'dana_desa', sponsorName: 'Desa Lori' }),
    );
    expect(village).toMatchObject({ fundingSource: 'dana_desa', sponsorName: 'Desa Lori' });
    // A sponsor left behind by the form is dropped for other sources.
    const apbd = await t.call('classes.update', edit(village, { fundingSource: 'apbd' }));
    expect(apbd).toMatchObject({ fundingSource: 'apbd', sponsorName: '' });
    expect(await t.fail('classes.update', edit(klass, { fundingSource: 'hibah' as never }))).toMatchObject({
      code: 'VALIDATION',
      fields: { fundingSource: 'invalid' },
    });
    expect(() =>
      t.app.handle.sqlite.exec(
        `UPDATE classes SET funding_source = 'company', sponsor_name = '' WHERE id = ${klass.id}`,
      ),
    ).toThrow(/CHECK/);
  });

  it('keeps the minimum to open between 1 and the quota', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    expect(await t.fail('classes.update', edit(klass, { quota: 8, minToOpen: 9 }))).toMatchObject({
      code: 'VALIDATION',
      fields: { minToOpen: 'min_to_open_range' },
    });
    expect(await t.fail('classes.update', edit(klass, { minToOpen: 0 }))).toMatchObject({
      fields: { minToOpen: 'min_to_open_range' },
    });
    expect(await t.call('classes.update', edit(klass, { quota: 8, minToOpen: 8 }))).toMatchObject({ minToOpen: 8 });
  });

  it('holds a class in a workshop or at an MTU site, never both, and refuses unknown ones', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    const room = await t.call('rooms.create', { name: 'Lab Komputer 1', capacity: 20 });
    const site = await t.call('mtuSites.create', { name: 'Balai Desa Lori', village: 'Lori', district: 'Kuaro' });
    expect(await t.call('classes.update', edit(klass, { place: { kind: 'room', roomId: room.id } }))).toMatchObject({
      place: { kind: 'room', roomId: room.id, name: 'Lab Komputer 1' },
    });
    const atMtu = await t.call('classes.update', edit(klass, { place: { kind: 'mtu', mtuSiteId: site.id } }));
    expect(atMtu.place).toEqual({ kind: 'mtu', mtuSiteId: site.id, name: 'Balai Desa Lori', village: 'Lori' });
    expect(sql('SELECT room_id, mtu_site_id FROM classes WHERE id = ?', klass.id)).toEqual([
      { room_id: null, mtu_site_id: site.id },
    ]);
    expect(
      await t.fail('classes.update', { ...edit(klass), place: { kind: 'room', roomId: room.id, mtuSiteId: site.id } }),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(await t.fail('classes.update', edit(klass, { place: { kind: 'room', roomId: 999 } }))).toMatchObject({
      code: 'NOT_FOUND',
      fields: { 'place.roomId': 'not_found' },
    });
    expect(await t.fail('classes.update', edit(klass, { place: { kind: 'mtu', mtuSiteId: 999 } }))).toMatchObject({
      code: 'NOT_FOUND',
      fields: { 'place.mtuSiteId': 'not_found' },
    });
    expect(() =>
      t.app.handle.sqlite.exec(
        `UPDATE classes SET room_id = ${room.id}, mtu_site_id = ${site.id} WHERE id = ${klass.id}`,
      ),
    ).toThrow(/CHECK/);
    expect((await t.call('classes.update', edit(klass, { place: null }))).place).toBeNull();
  });
});

describe('class instructors', () => {
  it('flags a certificate missing or lapsing before the class ends, to the day', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    // The class ends on 15 January 2027; a certificate is valid through its expiry date.
    const fine = await instructor('Ahmad', '2027-01-16', '2027-01-15');
    const dayShort = await instructor('Bambang', '2027-01-14', null);
    const lapsed = await instructor('Candra', '2026-11-01', '2030-01-01');
    const updated = await t.call(
      'classes.update',
      edit(klass, {
        instructors: [
          { instructorId: dayShort.id, role: 'assistant' },
          { instructorId: fine.id },
          { instructorId: lapsed.id, role: 'assistant' },
        ],
      }),
    );
    expect(updated.instructors).toEqual([
      { id: fine.id, fullName: 'Ahmad', role: 'lead', warnings: [] },
      {
        id: dayShort.id,
        fullName: 'Bambang',
        role: 'assistant',
        warnings: [
          { kind: 'competency', problem: 'lapses_before_end', expiresOn: '2027-01-14' },
          { kind: 'methodology', problem: 'missing', expiresOn: null },
        ],
      },
      {
        id: lapsed.id,
        fullName: 'Candra',
        role: 'assistant',
        warnings: [{ kind: 'competency', problem: 'expired', expiresOn: '2026-11-01' }],
      },
    ]);
    // Three certificate problems and the class is below its minimum 8 days before it starts.
    expect(updated.warnings).toBe(4);
    const warnings = await t.call('classes.warnings', {});
    expect(warnings.map((warning) => [warning.kind, warning.kind === 'certificate' ? warning.fullName : ''])).toEqual([
      ['below_minimum', ''],
      ['certificate', 'Bambang'],
      ['certificate', 'Bambang'],
      ['certificate', 'Candra'],
    ]);
    expect(warnings[1]).toEqual({
      classId: klass.id,
      className: klass.name,
      programName: klass.programName,
      status: 'open',
      startDate: '2026-12-01',
      endDate: '2027-01-15',
      kind: 'certificate',
      instructorId: dayShort.id,
      fullName: 'Bambang',
      certificate: 'competency',
      problem: 'lapses_before_end',
      expiresOn: '2027-01-14',
    });
    // Moving the end a day earlier makes Bambang's competency certificate last the class.
    const shorter = await t.call('classes.update', edit(updated, { endDate: '2027-01-14' }));
    expect(shorter.instructors.find((row) => row.id === dayShort.id)?.warnings).toEqual([
      { kind: 'methodology', problem: 'missing', expiresOn: null },
    ]);
  });

  it('refuses an unknown or twice-chosen instructor and replaces the list on update', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    const ahmad = await instructor('Ahmad', '2030-01-01', '2030-01-01');
    expect(
      await t.fail('classes.update', edit(klass, { instructors: [{ instructorId: ahmad.id }, { instructorId: 999 }] })),
    ).toMatchObject({ code: 'NOT_FOUND', fields: { 'instructors.1.instructorId': 'not_found' } });
    expect(
      await t.fail(
        'classes.update',
        edit(klass, { instructors: [{ instructorId: ahmad.id }, { instructorId: ahmad.id, role: 'assistant' }] }),
      ),
    ).toMatchObject({ code: 'VALIDATION', fields: { 'instructors.1.instructorId': 'instructor_duplicate' } });
    await t.call('classes.update', edit(klass, { instructors: [{ instructorId: ahmad.id }] }));
    expect(sql('SELECT class_id, instructor_id, role FROM class_instructors')).toEqual([
      { class_id: klass.id, instructor_id: ahmad.id, role: 'lead' },
    ]);
    expect((await t.call('classes.update', edit(klass, { instructors: [] }))).instructors).toEqual([]);
    expect(sql('SELECT * FROM class_instructors')).toEqual([]);
  });
});

describe('minimum to open', () => {
  it('flags a planned or open class below its minimum, and lists it within 14 days of the start', async () => {
    t = await createSetUpApp();
    const { klass, program } = await programmeWithClass(t);
    const soon = await t.call('classes.update', edit(klass, { minToOpen: 2 }));
    expect(soon).toMatchObject({ belowMinimum: true, warnings: 1 });
    const later = await t.call('classes.create', {
      programId: program.id,
      name: 'Angkatan 2',
      startDate: '2026-12-07',
      endDate: '2027-01-20',
      minToOpen: 2,
      status: 'planned',
    });
    const muchLater = await t.call('classes.create', {
      programId: program.id,
      name: 'Angkatan 3',
      startDate: '2026-12-08',
      endDate: '2027-01-20',
      minToOpen: 2,
    });
    // 15 days before the start is not yet worth a warning; 14 days is.
    expect([later.warnings, muchLater.warnings, muchLater.belowMinimum]).toEqual([1, 0, true]);
    expect(await t.call('classes.warnings', {})).toEqual([
      expect.objectContaining({
        classId: klass.id,
        kind: 'below_minimum',
        seatsTaken: 0,
        minToOpen: 2,
        daysToStart: 8,
      }),
      expect.objectContaining({ classId: later.id, kind: 'below_minimum', daysToStart: 14 }),
    ]);
    await enrolNew(klass.id);
    expect(await t.call('classes.get', { id: klass.id })).toMatchObject({ seatsTaken: 1, belowMinimum: true });
    await enrolNew(klass.id);
    expect(await t.call('classes.get', { id: klass.id })).toMatchObject({
      seatsTaken: 2,
      belowMinimum: false,
      warnings: 0,
    });
    // Once it runs, the minimum no longer matters.
    const running = await t.call('classes.setStatus', { id: later.id, status: 'open' });
    expect(running.belowMinimum).toBe(true);
    expect((await t.call('classes.setStatus', { id: later.id, status: 'running' })).belowMinimum).toBe(false);
  });

  it('leaves finished and closed classes off the warnings view', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    const missing = await instructor('Dedi', null, null);
    await t.call('classes.update', edit(klass, { instructors: [{ instructorId: missing.id }] }));
    expect(await t.call('classes.warnings', {})).toHaveLength(3);
    for (const status of ['running', 'finished'] as const) await t.call('classes.setStatus', { id: klass.id, status });
    expect(await t.call('classes.warnings', {})).toEqual([]);
    const finished = await t.call('classes.get', { id: klass.id });
    expect(finished.warnings).toBe(0);
    expect(finished.instructors[0]?.warnings).toHaveLength(2);
  });
});

describe('class lifecycle', () => {
  it('allows planned -> open -> running -> finished -> closed and one step back from open only', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    const path = ['planned', 'open', 'running', 'finished', 'closed'] as const;
    for (const status of path) {
      expect((await t.call('classes.setStatus', { id: klass.id, status })).status).toBe(status);
    }
    for (const status of path) {
      expect(await t.fail('classes.setStatus', { id: klass.id, status })).toMatchObject({
        code: 'STATUS_TRANSITION_INVALID',
        params: { from: 'closed', to: status },
      });
    }
    const audits = sql<{ after_json: string }>(
      "SELECT after_json FROM audit_log WHERE entity = 'class' AND method = 'classes.setStatus' ORDER BY id",
    );
    expect(audits.map((row) => (JSON.parse(row.after_json) as { status: string }).status)).toEqual(path);
  });

  it('refuses jumps, by setStatus and by update alike', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    expect(await t.fail('classes.setStatus', { id: klass.id, status: 'finished' })).toMatchObject({
      code: 'STATUS_TRANSITION_INVALID',
      params: { from: 'open', to: 'finished' },
    });
    expect(await t.fail('classes.update', edit(klass, { name: 'Baru', status: 'closed' }))).toMatchObject({
      code: 'STATUS_TRANSITION_INVALID',
      params: { from: 'open', to: 'closed' },
    });
    expect((await t.call('classes.get', { id: klass.id })).name).toBe(klass.name);
    const running = await t.call('classes.update', edit(klass, { status: 'running' }));
    expect(running.status).toBe('running');
    expect(await t.fail('classes.update', edit(running, { status: 'open' }))).toMatchObject({
      params: { from: 'running', to: 'open' },
    });
    expect(await t.fail('classes.setStatus', { id: 999, status: 'open' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('puts the re-registered trainees in training when the class starts running, audited', async () => {
    t = await createSetUpApp();
    const { klass } = await programmeWithClass(t);
    const ready = await enrolNew(klass.id, { fullName: 'Andi' });
    const accepted = await enrolNew(klass.id, { fullName: 'Bayu' });
    for (const status of ['accepted', 'reregistered'] as const) {
      await t.call('enrolments.setStatus', { enrolmentId: ready.id, status });
    }
    await t.call('enrolments.setStatus', { enrolmentId: accepted.id, status: 'accepted' });
    await t.call('classes.setStatus', { id: klass.id, status: 'running' });
    const roster = (await t.call('classes.get', { id: klass.id })).roster;
    expect(roster.map((row) => [row.fullName, row.status])).toEqual([
      ['Andi', 'in_training'],
      ['Bayu', 'accepted'],
    ]);
    const audit = sql<{ before_json: string; after_json: string }>(
      "SELECT before_json, after_json FROM audit_log WHERE entity = 'enrolment' AND entity_id = ? AND method = 'classes.setStatus'",
      ready.id,
    );
    expect(audit.map((row) => [JSON.parse(row.before_json), JSON.parse(row.after_json)])).toEqual([
      [{ status: 'reregistered' }, { status: 'in_training', classStarted: klass.id }],
    ]);
  });
});

describe('transfer', () => {
  async function twoClasses(quota = 16) {
    const { program, klass } = await programmeWithClass(t, { quota });
    const other = await t.call('classes.create', {
      programId: program.id,
      name: 'Operator Komputer Angkatan 2',
      quota,
      startDate: '2027-02-01',
      endDate: '2027-03-15',
    });
    return { program, from: klass, to: other };
  }

  it('moves a seat holder with its registration number and offers the freed seat to the first reserve', async () => {
    t = await createSetUpApp();
    const { from, to } = await twoClasses(1);
    const andi = await enrolNew(from.id, { fullName: 'Andi' });
    const citra = await enrolNew(from.id, { fullName: 'Citra', sex: 'P' });
    expect(citra.status).toBe('reserve');
    await t.call('enrolments.setStatus', { enrolmentId: andi.id, status: 'accepted' });
    const moved = await t.call('enrolments.transfer', {
      enrolmentId: andi.id,
      toClassId: to.id,
      reason: 'Bekerja shift pagi sampai Januari',
    });
    expect(moved.enrolment).toMatchObject({
      id: andi.id,
      registrationNo: andi.registrationNo,
      classId: to.id,
      status: 'accepted',
      reserveRank: null,
    });
    expect(moved.promoted).toEqual({ enrolmentId: citra.id, fullName: 'Citra' });
    expect((await t.call('classes.get', { id: from.id })).roster.map((row) => [row.fullName, row.status])).toEqual([
      ['Citra', 'registered'],
    ]);
    expect((await t.call('classes.get', { id: to.id })).roster.map((row) => row.registrationNo)).toEqual([
      andi.registrationNo,
    ]);
    const [audit] = sql<{ before_json: string; after_json: string }>(
      "SELECT before_json, after_json FROM audit_log WHERE method = 'enrolments.transfer' AND entity_id = ?",
      andi.id,
    );
    expect(JSON.parse(audit?.before_json ?? '{}')).toMatchObject({ classId: from.id, status: 'accepted' });
    expect(JSON.parse(audit?.after_json ?? '{}')).toMatchObject({
      classId: to.id,
      fromClassId: from.id,
      toClassId: to.id,
      reason: 'Bekerja shift pagi sampai Januari',
    });
  });

  it('puts a seat holder at the end of the reserve list of a full class, and a reserve at the end too', async () => {
    t = await createSetUpApp();
    const { from, to } = await twoClasses(1);
    await enrolNew(to.id, { fullName: 'Penuh' });
    const waiting = await enrolNew(to.id, { fullName: 'Menunggu' });
    const seated = await enrolNew(from.id, { fullName: 'Andi' });
    const reserve = await enrolNew(from.id, { fullName: 'Bayu' });
    const moved = await t.call('enrolments.transfer', { enrolmentId: seated.id, toClassId: to.id, reason: 'Pindah' });
    expect(moved.enrolment).toMatchObject({ status: 'reserve', reserveRank: 2, registrationNo: seated.registrationNo });
    expect(moved.promoted).toEqual({ enrolmentId: reserve.id, fullName: 'Bayu' });
    const third = await enrolNew(from.id, { fullName: 'Citra', sex: 'P' });
    expect(third.status).toBe('reserve');
    const movedReserve = await t.call('enrolments.transfer', {
      enrolmentId: third.id,
      toClassId: to.id,
      reason: 'Pindah',
    });
    expect(movedReserve).toMatchObject({ enrolment: { status: 'reserve', reserveRank: 3 }, promoted: null });
    expect((await t.call('classes.get', { id: to.id })).roster.map((row) => [row.fullName, row.reserveRank])).toEqual([
      ['Penuh', null],
      ['Menunggu', 1],
      ['Andi', 2],
      ['Citra', 3],
    ]);
    expect(waiting.reserveRank).toBe(1);
    // SQL holds the quota whatever writes: moving a seat holder into the full class is refused.
    expect(() =>
      t.app.handle.sqlite.prepare('UPDATE enrolments SET class_id = ? WHERE id = ?').run(to.id, reserve.id),
    ).toThrow(/CLASS_FULL/);
  });

  it('follows the class into or out of training', async () => {
    t = await createSetUpApp();
    const { from, to } = await twoClasses();
    const andi = await enrolNew(from.id);
    for (const status of ['accepted', 'reregistered'] as const) {
      await t.call('enrolments.setStatus', { enrolmentId: andi.id, status });
    }
    await t.call('classes.setStatus', { id: to.id, status: 'running' });
    const moved = await t.call('enrolments.transfer', { enrolmentId: andi.id, toClassId: to.id, reason: 'Jadwal' });
    expect(moved.enrolment.status).toBe('in_training');
    const back = await t.call('enrolments.transfer', { enrolmentId: andi.id, toClassId: from.id, reason: 'Jadwal' });
    expect(back.enrolment.status).toBe('reregistered');
  });

  it('moves only within the programme, to a class still taking trainees, and not twice into one class', async () => {
    t = await createSetUpApp();
    const { from, to } = await twoClasses();
    const las = await programmeWithClass(t, { code: 'LAS' });
    const andi = await enrolNew(from.id);
    expect(
      await t.fail('enrolments.transfer', { enrolmentId: andi.id, toClassId: las.klass.id, reason: 'x' }),
    ).toMatchObject({ code: 'CLASS_NOT_SAME_PROGRAM', params: { className: las.klass.name } });
    expect(await t.fail('enrolments.transfer', { enrolmentId: andi.id, toClassId: 999, reason: 'x' })).toMatchObject({
      code: 'NOT_FOUND',
      fields: { toClassId: 'not_found' },
    });
    expect(
      await t.fail('enrolments.transfer', { enrolmentId: andi.id, toClassId: from.id, reason: 'x' }),
    ).toMatchObject({ code: 'ALREADY_ENROLLED' });
    expect(await t.fail('enrolments.transfer', { enrolmentId: andi.id, toClassId: to.id, reason: ' ' })).toMatchObject({
      code: 'VALIDATION',
      fields: { reason: 'required' },
    });
    for (const status of ['running', 'finished'] as const) await t.call('classes.setStatus', { id: to.id, status });
    expect(await t.fail('enrolments.transfer', { enrolmentId: andi.id, toClassId: to.id, reason: 'x' })).toMatchObject({
      code: 'CLASS_NOT_OPEN',
    });
    const third = await t.call('classes.create', {
      programId: from.programId,
      name: 'Angkatan 3',
      startDate: '2027-04-01',
      endDate: '2027-05-15',
      status: 'planned',
    });
    await t.call('enrolments.setStatus', { enrolmentId: andi.id, status: 'withdrawn' });
    expect(
      await t.fail('enrolments.transfer', { enrolmentId: andi.id, toClassId: third.id, reason: 'x' }),
    ).toMatchObject({ code: 'ENROLMENT_NOT_TRANSFERABLE', params: { status: 'withdrawn' } });
    expect(sql("SELECT count(*) AS n FROM audit_log WHERE method = 'enrolments.transfer'")).toEqual([{ n: 0 }]);
  });

  it('checks eligibility against the target class, ignoring the class being left', async () => {
    t = await createSetUpApp();
    const { from, to } = await twoClasses();
    // Another programme's class overlapping the target but not the source.
    const las = await programmeWithClass(t, { code: 'LAS', startDate: '2027-02-10', endDate: '2027-03-01' });
    const andi = await enrolNew(from.id);
    await t.call('enrolments.enroll', { participantId: andi.participantId, classId: las.klass.id });
    expect(await t.fail('enrolments.transfer', { enrolmentId: andi.id, toClassId: to.id, reason: 'x' })).toMatchObject({
      code: 'NOT_ELIGIBLE',
      params: { rules: 'no_overlap' },
    });
    const overrides = [{ rule: 'no_overlap' as const, reason: 'Kelas las hanya akhir pekan' }];
    await t.call('operators.create', {
      username: 'loket',
      fullName: 'Petugas Loket',
      role: 'front_desk',
      password: 'loket12345',
    });
    const desk = t.app.createRouter();
    await t.call('auth.login', { username: 'loket', password: 'loket12345' }, desk);
    expect(
      await t.fail('enrolments.transfer', { enrolmentId: andi.id, toClassId: to.id, reason: 'x', overrides }, desk),
    ).toMatchObject({ code: 'OVERRIDE_NOT_ALLOWED' });
    await t.call('enrolments.transfer', { enrolmentId: andi.id, toClassId: to.id, reason: 'Pindah', overrides });
    expect((await t.call('classes.get', { id: to.id })).roster[0]?.overrides).toEqual(overrides);
    // Back to the source, which does not overlap: the source enrolment never counted against it.
    const bayu = await enrolNew(from.id, { fullName: 'Bayu' });
    expect(
      (await t.call('enrolments.transfer', { enrolmentId: bayu.id, toClassId: to.id, reason: 'Pindah' })).enrolment
        .classId,
    ).toBe(to.id);
  });
});
