/**
 * The crash test's child: opens a data dir as the app does, signs in and writes through the
 * router until it is killed (SIGKILL, at a moment the parent picks). It announces each write
 * before dispatching it and reports it once the router returned ok, i.e. once it is committed;
 * the parent then checks that every reported write survived the kill. See protocol.ts.
 *
 * Run bundled (crash.test.ts builds it with esbuild, as electron-vite bundles the real main
 * process): loading the sources through tsx takes about 2 s per start, the bundle about 0.5 s.
 */
import { writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { InputOf, MethodName, OutputOf } from '@shared/contract';
import type { AttendanceMark } from '@shared/domain';
import { nikDateDigits } from '@shared/nik';
import { startMainApp } from '../../../src/main/app';
import { createFolderPlatform } from '../../../src/main/platform';
import { renderCertificatePdf } from '../../../src/main/pdf/certificate-pool';
import type { Router } from '../../../src/main/router';
import { ADMIN, CLOCK, type Intent, type Written, type WriterConfig, prng } from './protocol';

/**
 * Straight to fd 1 with a blocking write: once this returns the line is in the pipe, so a kill
 * that comes after cannot lose it (process.stdout on a pipe may buffer in user space).
 */
function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      // A non-blocking pipe that is full: the parent reads continuously, so retrying is enough.
      if ((error as { code?: unknown }).code !== 'EAGAIN') throw error;
    }
  }
}

async function readConfig(): Promise<WriterConfig> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    const end = text.indexOf('\n');
    if (end >= 0) return JSON.parse(text.slice(0, end)) as WriterConfig;
  }
  throw new Error('stdin closed before the config arrived');
}

const FIRST = ['Budi', 'Agus', 'Rahmat', 'Andi', 'Joko', 'Hendra', 'Yusuf', 'Slamet'];
const LAST = ['Santoso', 'Hidayat', 'Saputra', 'Wijaya', 'Pratama', 'Kurniawan', 'Gunawan', 'Setiawan'];
const MARKS: readonly AttendanceMark[] = ['H', 'H', 'H', 'H', 'S', 'I', 'A'];

/**
 * Renders one certificate before the trial starts (while the previous trial runs): the first PDF
 * of a process starts the render workers, which load and parse the fonts (about half a second);
 * that would otherwise make a trial's first print the write most kills hit.
 */
async function warmUpPdf(): Promise<void> {
  // Through the render workers, as the print does: they start and load the fonts here.
  await renderCertificatePdf(
    [
      {
        blk: {
          name: 'UPTD BLK Paser',
          address: 'Tanah Grogot',
          city: 'Tanah Grogot',
          headName: 'Ahmad Yani',
          headNip: '',
          headTitle: 'Kepala UPTD BLK Paser',
          logoPath: null,
          signaturePath: null,
          title: 'SERTIFIKAT PELATIHAN',
          wording: 'telah mengikuti pelatihan',
          wordingEn: '',
        },
        serial: '0001/BLK/OPK/2026',
        issuedOn: '2026-11-23',
        facts: {
          fullName: 'Budi Santoso',
          nik: '6401051203000001',
          birthPlace: 'Tanah Grogot',
          birthDate: '2000-03-12',
          programCode: 'OPK',
          programName: 'Operator Komputer',
          totalJp: 40,
          className: 'OPK Angkatan 1 2026',
          startDate: '2026-11-02',
          endDate: '2026-11-30',
          units: [{ code: 'J.620100.001.01', title: 'Mengoperasikan Sistem Operasi', jp: 40, result: 'competent' }],
        },
        qrText: 'warm-up',
        copyOf: null,
      },
    ],
    'id',
    tmpdir(),
  );
}

async function main(): Promise<void> {
  // Printing costs the child a PDF warm-up (half a second of CPU), so only some trials print.
  const printing = process.argv.includes('--print');
  if (printing) await warmUpPdf();
  say('LOADED');
  const config = await readConfig();
  const random = prng(config.seed);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };

  const platform = createFolderPlatform(config.dataDir, () => new Date(CLOCK));
  const app = await startMainApp(platform, {
    logError: (id, method, error) => say(`FATAL ${id} ${method} ${String(error)}`),
  });
  const router: Router = app.createRouter();

  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const result = await router.dispatch(method, input);
    if (!result.ok) {
      // Every write below is valid: a refusal is a bug the parent must see, not a crash to ignore.
      say(`FATAL ${method} ${JSON.stringify(result.error)}`);
      process.exit(1);
    }
    return result.value as OutputOf<M>;
  }

  let n = 0;
  async function write<T>(intent: Intent, run: () => Promise<T>, report: (value: T) => Written): Promise<T> {
    n += 1;
    say(`BEGIN ${n} ${intent.kind} ${JSON.stringify(intent)}`);
    const value = await run();
    say(`COMMITTED ${n} ${intent.kind} ${JSON.stringify(report(value))}`);
    return value;
  }

  await call('auth.login', ADMIN);
  say('READY');

  let people = 0;
  const registered: number[] = [];
  const graduates = [...config.graduateIds];
  const unprinted: number[] = [];

  async function enrol(): Promise<void> {
    people += 1;
    // Born 21 July 1999: the template's people are born on other days, so NIKs never collide.
    const nik = `640105${nikDateDigits('1999-07-21', 'L')}${String(people).padStart(4, '0')}`;
    const fullName = `${pick(FIRST)} ${pick(LAST)}`;
    const person = await write(
      { kind: 'participant', nik },
      () =>
        call('participants.create', {
          nik,
          fullName,
          birthPlace: 'Tanah Grogot',
          birthDate: '1999-07-21',
          sex: 'L',
          phone: '081234567890',
          education: 'SMK',
          activity: 'not_working',
        }),
      (value) => ({ kind: 'participant', id: value.id, nik, fullName }),
    );
    const enrolment = await write(
      { kind: 'enrolment', participantId: person.id },
      () => call('enrolments.enroll', { participantId: person.id, classId: config.openClassId }),
      (value) => ({
        kind: 'enrolment',
        id: value.id,
        registrationNo: value.registrationNo,
        participantId: value.participantId,
        classId: value.classId,
        status: value.status,
      }),
    );
    if (enrolment.status === 'registered') registered.push(enrolment.id);
  }

  async function attendance(): Promise<void> {
    const sessionId = pick(config.sessionIds);
    // Mostly a whole column (one transaction, many rows: all or none must land), sometimes one cell.
    const trainees = random() < 0.7 ? config.traineeIds : [pick(config.traineeIds)];
    const marks = trainees.map((enrolmentId) => ({ enrolmentId, mark: pick(MARKS) }));
    await write(
      { kind: 'attendance', sessionId, marks },
      () => call('attendance.save', { sessionId, marks }),
      () => ({ kind: 'attendance', sessionId, marks }),
    );
  }

  async function withdraw(): Promise<void> {
    const enrolmentId = registered.splice(Math.floor(random() * registered.length), 1)[0];
    if (enrolmentId === undefined) return;
    // A seat holder leaving offers the seat to the first reserve: two enrolments in one transaction.
    const change = await write(
      { kind: 'withdraw', enrolmentId },
      () => call('enrolments.setStatus', { enrolmentId, status: 'withdrawn', note: 'Mengundurkan diri' }),
      (value) => ({ kind: 'withdraw', enrolmentId, promotedId: value.promoted?.enrolmentId ?? null }),
    );
    if (change.promoted) registered.push(change.promoted.enrolmentId);
  }

  async function issue(): Promise<void> {
    const enrolmentId = graduates.shift();
    if (enrolmentId === undefined) return enrol();
    const result = await write(
      { kind: 'certificate', enrolmentId },
      () => call('certificates.issue', { enrolmentId }),
      (value) => {
        const certificate = value.issued[0];
        if (!certificate) throw new Error(`certificates.issue made nothing for enrolment ${enrolmentId}`);
        return { kind: 'certificate', id: certificate.id, enrolmentId, serial: certificate.serial };
      },
    );
    for (const certificate of result.issued) unprinted.push(certificate.id);
  }

  async function print(): Promise<void> {
    const certificateIds = unprinted.splice(0, 3);
    if (certificateIds.length === 0) return issue();
    // continuePrint holds its transaction open while the PDF is written: a long window to be cut in.
    await write(
      { kind: 'print', certificateIds },
      async () => {
        const job = await call('certificates.startPrint', { certificateIds, layout: 'combined' });
        if (!job) throw new Error('The headless platform always chooses a file');
        return call('certificates.continuePrint', { jobId: job.jobId });
      },
      (job) => {
        if (!job.finished || !job.output) throw new Error(`Print job ${job.jobId} did not finish`);
        return { kind: 'print', certificateIds, file: job.output.path };
      },
    );
  }

  let checkpointedAt = 0;
  for (;;) {
    const roll = random();
    // A print takes about 80 ms against 2 ms for the rest: rare, or most kills would land in one.
    if (roll < 0.35) await enrol();
    else if (roll < 0.65) await attendance();
    else if (roll < 0.86) await issue();
    else if (printing && roll >= 0.96) await print();
    else await (registered.length > 0 ? withdraw() : attendance());
    if (n - checkpointedAt >= 25) {
      checkpointedAt = n;
      // What the idle checkpointer does when the desk pauses; a burst never pauses, so do it here.
      say(`CHECKPOINT ${n}`);
      app.handle.sqlite.pragma('wal_checkpoint(PASSIVE)');
      say(`CHECKPOINTED ${n}`);
    }
  }
}

main().catch((error: unknown) => {
  say(`FATAL ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.replaceAll('\n', ' | '));
  process.exit(1);
});
