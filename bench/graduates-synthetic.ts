/**
 * Ten years of graduate tracking for the graduates benchmark, loaded straight into SQLite (the
 * follow-up triggers stay on, so `graduate_status` is built as in production): about 60 classes a
 * year of 16 over the benchmark's programmes, their trainees and outcomes, follow-ups at 3, 6 and
 * 12 months with response rates that fall with time and outcomes that improve with it, placements
 * through 40 partner companies, today's sessions, and instructors with certificates. Loans and
 * consumables go through the router (a few dozen calls). Deterministic for a seed.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Router } from '../src/main/router';
import type { FollowUpOutcome } from '../src/shared/graduates';
import { unwrap } from './envelope';
import { type Random, int, mulberry32, pick, weighted } from './synthetic';

const DAY_MS = 86_400_000;
const AT = '2026-06-15T01:00:00.000Z';

const FUNDING = weighted([
  ['apbn', 45],
  ['apbd', 25],
  ['dana_desa', 10],
  ['company', 8],
  ['blk_komunitas', 7],
  ['self_funded', 5],
] as const);
const OUTCOME_OF_CLASS = weighted([
  ['graduated', 85],
  ['not_competent', 7],
  ['dropped_out', 8],
] as const);
/** Per round: the chance a graduate answers, and what they say (placed more often as months pass). */
const ROUNDS = [
  {
    months: 3,
    answers: 0.7,
    outcome: weighted<FollowUpOutcome>([
      ['employed', 33],
      ['self_employed', 11],
      ['studying', 6],
      ['not_working', 50],
    ]),
  },
  {
    months: 6,
    answers: 0.55,
    outcome: weighted<FollowUpOutcome>([
      ['employed', 40],
      ['self_employed', 14],
      ['studying', 6],
      ['not_working', 40],
    ]),
  },
  {
    months: 12,
    answers: 0.45,
    outcome: weighted<FollowUpOutcome>([
      ['employed', 46],
      ['self_employed', 17],
      ['studying', 5],
      ['not_working', 32],
    ]),
  },
] as const;
const SECTORS = [
  'mining',
  'agriculture',
  'manufacturing',
  'construction',
  'trade',
  'accommodation_food',
  'other_services',
] as const;
const INCOME = ['below_1m', '1m_2m', '2m_3m', '3m_5m', 'above_5m', 'undisclosed'] as const;
const JOBS = ['Operator', 'Teknisi', 'Helper', 'Staf Administrasi', 'Juru Las', 'Mekanik', 'Barista', 'Penjahit'];
const BUSINESSES = [
  'Bengkel motor',
  'Warung kopi',
  'Jasa jahit',
  'Servis AC',
  'Toko kue',
  'Jasa las',
  'Rental komputer',
];
const COMPANY_WORDS = [
  'Kideco',
  'Borneo',
  'Paser',
  'Kandilo',
  'Grogot',
  'Mulawarman',
  'Kutai',
  'Samudra',
  'Sawit',
  'Tambang',
];

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The date N calendar months later, clamped to the month's end (31 August + 6 = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return iso(target.getTime());
}

export interface GraduateData {
  classes: number;
  enrolments: number;
  graduates: number;
  followUps: number;
  placements: number;
  companies: number;
  loadMs: number;
}

export interface HistoryOptions {
  seed: number;
  /** Participants 1..people must exist already. */
  people: number;
  today: string;
  fromYear: number;
  toYear: number;
  classesPerYear: number;
  /** Class names start with it (names are unique). */
  prefix: string;
  /** Every trainee graduates (the export's bulk data), instead of the usual mix. */
  allGraduate?: boolean;
  /** Stop once this many graduates are in (the export wants an exact row count). */
  maxGraduates?: number;
}

/** Loads classes, enrolments, follow-ups and placements of the years asked for. */
export function loadGraduateHistory(
  sqlite: BetterSqlite3.Database,
  options: HistoryOptions,
): Omit<GraduateData, 'loadMs'> {
  const random = mulberry32(options.seed ^ 0x9a4d ^ options.fromYear);
  const programs = sqlite.prepare('SELECT id, code, total_jp AS totalJp FROM programs ORDER BY id').all() as {
    id: number;
    code: string;
    totalJp: number;
  }[];
  const insertClass = sqlite.prepare(`INSERT INTO classes (program_id, name, quota, start_date, end_date, status,
    funding_source, sponsor_name, created_at, updated_at) VALUES (?, ?, 16, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEnrolment = sqlite.prepare(`INSERT INTO enrolments (registration_no, participant_id, class_id, status,
    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const insertCompany = sqlite.prepare(
    'INSERT INTO companies (name, sector, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const insertPlacement = sqlite.prepare(`INSERT INTO placements (enrolment_id, company_id, position, started_on,
    employment_kind, income_band, operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)`);
  const insertFollowUp = sqlite.prepare(`INSERT INTO follow_ups (enrolment_id, round_months, contacted_on, channel,
    outcome, employer, company_id, sector, job_title, employment_kind, business_type, income_band, placement_id,
    operator_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`);

  const counts = { classes: 0, enrolments: 0, graduates: 0, followUps: 0, placements: 0, companies: 40 };
  const maxGraduates = options.maxGraduates ?? Number.POSITIVE_INFINITY;
  sqlite.transaction(() => {
    const companies: { id: number; name: string; sector: string }[] = [];
    for (let n = 0; n < counts.companies; n++) {
      const name = `PT ${pick(random, COMPANY_WORDS)} ${pick(random, COMPANY_WORDS)} ${options.prefix}${n + 1}`;
      const sector = pick(random, SECTORS);
      companies.push({ id: Number(insertCompany.run(name, sector, AT, AT).lastInsertRowid), name, sector });
    }
    const thisYear = Number(options.today.slice(0, 4));
    for (let year = options.fromYear; year <= options.toYear; year++) {
      for (let index = 0; index < options.classesPerYear && counts.graduates < maxGraduates; index++) {
        const program = programs[index % programs.length];
        if (!program) throw new Error('no programmes');
        const start = Date.UTC(year, 0, 5) + Math.floor((index / options.classesPerYear) * 330) * DAY_MS;
        const startDate = iso(start);
        const endDate = iso(start + Math.round((program.totalJp / 8) * 1.4) * DAY_MS);
        if (startDate > addMonths(options.today, 4)) continue;
        const status =
          endDate < options.today
            ? year < thisYear
              ? 'closed'
              : 'finished'
            : startDate <= options.today
              ? 'running'
              : 'open';
        const funding = FUNDING(random);
        const sponsor =
          funding === 'dana_desa' ? 'Desa Tepian Batang' : funding === 'company' ? 'PT Kideco Jaya Agung' : '';
        const classId = Number(
          insertClass.run(
            program.id,
            `${options.prefix}${program.code} ${year}-${index + 1}`,
            startDate,
            endDate,
            status,
            funding,
            sponsor,
            AT,
            AT,
          ).lastInsertRowid,
        );
        counts.classes++;
        const taken = new Set<number>();
        for (let seat = 0; seat < 16 && counts.graduates < maxGraduates; seat++) {
          let participantId = int(random, 1, options.people);
          while (taken.has(participantId)) participantId = int(random, 1, options.people);
          taken.add(participantId);
          const enrolmentStatus =
            status === 'open'
              ? 'accepted'
              : status === 'running'
                ? 'in_training'
                : options.allGraduate
                  ? 'graduated'
                  : OUTCOME_OF_CLASS(random);
          const at = new Date(start - 14 * DAY_MS).toISOString();
          const enrolmentId = Number(
            insertEnrolment.run(`GRD-${classId}-${seat + 1}`, participantId, classId, enrolmentStatus, at, at)
              .lastInsertRowid,
          );
          counts.enrolments++;
          if (enrolmentStatus !== 'graduated') continue;
          counts.graduates++;
          counts.followUps += followUpsOf(random, enrolmentId, endDate, options.today, companies, {
            insertFollowUp,
            insertPlacement,
            placed: () => counts.placements++,
          });
        }
      }
    }
  })();
  return counts;
}

function followUpsOf(
  random: Random,
  enrolmentId: number,
  graduatedOn: string,
  today: string,
  companies: readonly { id: number; name: string; sector: string }[],
  sql: {
    insertFollowUp: BetterSqlite3.Statement;
    insertPlacement: BetterSqlite3.Statement;
    placed: () => void;
  },
): number {
  let written = 0;
  for (const round of ROUNDS) {
    const due = addMonths(graduatedOn, round.months);
    const contactedOn = iso(dayMs(due) + int(random, 0, 20) * DAY_MS);
    if (contactedOn > today) break;
    const createdAt = `${contactedOn}T03:00:00.000Z`;
    if (random() >= round.answers) {
      // Not reached; a third of those are never even tried.
      if (random() < 0.66) {
        sql.insertFollowUp.run(
          enrolmentId,
          round.months,
          contactedOn,
          'phone',
          'unreachable',
          '',
          null,
          null,
          '',
          null,
          '',
          null,
          null,
          createdAt,
        );
        written++;
      }
      continue;
    }
    const outcome = round.outcome(random);
    const channel = random() < 0.6 ? 'whatsapp' : random() < 0.7 ? 'phone' : 'visit';
    if (outcome === 'employed') {
      const company = random() < 0.3 ? pick(random, companies) : null;
      const kind = random() < 0.65 ? 'formal' : 'informal';
      const income = pick(random, INCOME);
      const job = pick(random, JOBS);
      if (company && round.months === 3 && random() < 0.4) {
        // A placement through a partner company is also the round's follow-up.
        const placementId = Number(
          sql.insertPlacement.run(enrolmentId, company.id, job, contactedOn, kind, income, createdAt).lastInsertRowid,
        );
        sql.placed();
        sql.insertFollowUp.run(
          enrolmentId,
          round.months,
          contactedOn,
          'placement',
          'employed',
          company.name,
          company.id,
          company.sector,
          job,
          kind,
          '',
          income,
          placementId,
          createdAt,
        );
      } else {
        sql.insertFollowUp.run(
          enrolmentId,
          round.months,
          contactedOn,
          channel,
          'employed',
          company?.name ?? `CV ${pick(random, COMPANY_WORDS)} Jaya`,
          company?.id ?? null,
          company?.sector ?? pick(random, SECTORS),
          job,
          kind,
          '',
          income,
          null,
          createdAt,
        );
      }
    } else if (outcome === 'self_employed') {
      sql.insertFollowUp.run(
        enrolmentId,
        round.months,
        contactedOn,
        channel,
        'self_employed',
        '',
        null,
        'other_services',
        '',
        null,
        pick(random, BUSINESSES),
        pick(random, INCOME),
        null,
        createdAt,
      );
    } else {
      sql.insertFollowUp.run(
        enrolmentId,
        round.months,
        contactedOn,
        channel,
        outcome,
        '',
        null,
        null,
        '',
        null,
        '',
        null,
        null,
        createdAt,
      );
    }
    written++;
  }
  return written;
}

/**
 * What the dashboard's "today" lists read: a session today for each running class, instructors
 * with certificates (some lapsing), loans (some overdue) and consumables (some low).
 */
export async function loadTodayLists(router: Router, sqlite: BetterSqlite3.Database, today: string): Promise<void> {
  // In the full run the clash measure has already timetabled the history classes: leave those be.
  const running = sqlite
    .prepare(
      `SELECT c.id FROM classes c WHERE c.status = 'running'
        AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.class_id = c.id AND s.date = ?)`,
    )
    .all(today) as { id: number }[];
  const insertSession = sqlite.prepare(`INSERT INTO sessions (class_id, date, start_time, end_time, jp, room_id,
    mtu_site_id, notes, created_at, updated_at) VALUES (?, ?, '08:00', '11:59', 4, NULL, NULL, '', ?, ?)`);
  const insertInstructor = sqlite.prepare(`INSERT INTO instructors (nik, full_name, phone, employer_kind, employer_name,
    active, created_at, updated_at) VALUES (?, ?, '081255550000', 'blk', '', 1, ?, ?)`);
  const insertCertificate = sqlite.prepare(`INSERT INTO instructor_certificates (instructor_id, kind, number, issuer,
    issued_on, expires_on) VALUES (?, ?, ?, 'BNSP', '2023-01-01', ?)`);
  sqlite.transaction(() => {
    for (const { id } of running) insertSession.run(id, today, AT, AT);
    for (let n = 1; n <= 24; n++) {
      const id = Number(
        insertInstructor.run(`640101150685${String(n).padStart(4, '0')}`, `Instruktur ${n}`, AT, AT).lastInsertRowid,
      );
      insertCertificate.run(id, 'competency', `K-${n}`, iso(dayMs(today) + (n * 9 - 40) * DAY_MS));
      insertCertificate.run(id, 'methodology', `M-${n}`, iso(dayMs(today) + (n * 30 + 20) * DAY_MS));
    }
  })();

  const room = unwrap<{ id: number }>(
    await router.dispatch('rooms.create', { name: 'Gudang Alumni Bench', trade: 'Umum', capacity: 16 }),
    'rooms.create',
  );
  const category = unwrap<{ id: number }>(
    await router.dispatch('equipmentCategories.create', { name: 'Laptop Bench', code: 'LPB', usefulLifeYears: 4 }),
    'equipmentCategories.create',
  );
  const instructorId = (sqlite.prepare('SELECT id FROM instructors ORDER BY id LIMIT 1').get() as { id: number }).id;
  for (let n = 0; n < 20; n++) {
    const asset = unwrap<{ id: number }>(
      await router.dispatch('assets.create', {
        name: `Laptop Praktik ${n + 1}`,
        categoryId: category.id,
        roomId: room.id,
        condition: 'good',
        source: 'apbd',
        acquiredOn: '2024-01-15',
        valueRupiah: 8_000_000,
      }),
      'assets.create',
    );
    const overdue = n % 2 === 0;
    unwrap(
      await router.dispatch('loans.checkOut', {
        borrowerKind: 'instructor',
        instructorId,
        responsibleName: 'Instruktur 1',
        checkedOutOn: iso(dayMs(today) - (overdue ? 20 : 2) * DAY_MS),
        dueOn: iso(dayMs(today) + (overdue ? -10 : 5) * DAY_MS),
        assetIds: [asset.id],
      }),
      'loans.checkOut',
    );
  }
  for (let n = 0; n < 30; n++) {
    const item = unwrap<{ id: number }>(
      await router.dispatch('consumables.create', { name: `Bahan Praktik ${n + 1}`, unit: 'pcs', lowStock: 5 }),
      'consumables.create',
    );
    if (n % 3 !== 0)
      unwrap(
        await router.dispatch('consumables.move', {
          consumableId: item.id,
          kind: 'received',
          quantity: 20,
          movedOn: today,
        }),
        'consumables.move',
      );
  }
}
