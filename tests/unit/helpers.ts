import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputOf, MethodName, OutputOf } from '@shared/contract';
import type { ErrorBody } from '@shared/errors';
import { type MainApp, startMainApp } from '../../src/main/app';
import { createFolderPlatform } from '../../src/main/platform';
import type { Router } from '../../src/main/router';

export interface TestApp {
  app: MainApp;
  dataDir: string;
  router: Router;
  clock: { now: Date };
  opened: string[];
  /** The headless platform: set `nextOpenPath` for the next file dialog (null: cancelled). */
  platform: ReturnType<typeof createFolderPlatform>;
  /** Calls a method and returns its value; throws with the error body if it failed. */
  call<M extends MethodName>(method: M, input: InputOf<M>, router?: Router): Promise<OutputOf<M>>;
  /** Calls a method that must fail and returns the error body. */
  fail<M extends MethodName>(method: M, input: unknown, router?: Router): Promise<ErrorBody>;
  close(): Promise<void>;
}

/** A fresh, migrated data dir per test; the clock is fixed at 23 November 2026, 10:00 WITA. */
export async function createTestApp(): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pelita-unit-'));
  const clock = { now: new Date('2026-11-23T02:00:00.000Z') };
  const platform = createFolderPlatform(dataDir, () => clock.now);
  const app = await startMainApp(platform, { logError: () => {} });
  const router = app.createRouter();
  const call: TestApp['call'] = async (method, input, via = router) => {
    const result = await via.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as OutputOf<typeof method>;
  };
  const fail: TestApp['fail'] = async (method, input, via = router) => {
    const result = await via.dispatch(method, input);
    if (result.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(result.value)}`);
    return result.error;
  };
  return {
    app,
    dataDir,
    router,
    clock,
    opened: platform.opened,
    platform,
    call,
    fail,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const BLK = {
  name: 'UPTD BLK Paser',
  address: 'Jl. Jenderal Sudirman No. 1, Tanah Grogot',
  regencyCode: '6401',
  headName: 'Drs. H. Ahmad Yani, M.Si.',
  headNip: '196805121994031007',
};

/** A set-up BLK with the router signed in as admin. */
export async function createSetUpApp(): Promise<TestApp> {
  const t = await createTestApp();
  await t.call('setup.init', { blk: BLK, admin: { username: 'admin', fullName: 'Admin BLK', password: 'rahasia123' } });
  return t;
}

let nikSerial = 1;
/** A valid NIK from Paser for the birth date and sex given (serial unique within the test run). */
export function paserNik(birthDate: string, sex: 'L' | 'P', district = '05'): string {
  const [year, month, day] = birthDate.split('-') as [string, string, string];
  const nikDay = String(Number(day) + (sex === 'P' ? 40 : 0)).padStart(2, '0');
  return `6401${district}${nikDay}${month}${year.slice(2)}${String(nikSerial++).padStart(4, '0')}`;
}

export function person(
  overrides: Partial<InputOf<'participants.create'>> & { birthDate?: string; sex?: 'L' | 'P' } = {},
) {
  const birthDate = overrides.birthDate ?? '2000-03-12';
  const sex = overrides.sex ?? 'L';
  return {
    nik: paserNik(birthDate, sex),
    fullName: 'Budi Santoso',
    birthPlace: 'Tanah Grogot',
    birthDate,
    sex,
    phone: '081234567890',
    education: 'SMK' as const,
    activity: 'not_working' as const,
    ...overrides,
  };
}

/** A programme with the given rules and one open class starting 1 December 2026. */
export async function programmeWithClass(
  t: TestApp,
  options: {
    rules?: InputOf<'programs.create'>['rules'];
    quota?: number;
    code?: string;
    startDate?: string;
    endDate?: string;
  } = {},
) {
  const code = options.code ?? 'OPK';
  const program = await t.call('programs.create', {
    code,
    name: `Operator Komputer ${code}`,
    trade: 'Teknologi Informasi',
    totalJp: 240,
    rules: options.rules ?? { minAge: 17, maxAge: 35 },
  });
  const klass = await t.call('classes.create', {
    programId: program.id,
    name: `${program.name} Angkatan 1 2026`,
    quota: options.quota ?? 16,
    startDate: options.startDate ?? '2026-12-01',
    endDate: options.endDate ?? '2027-01-15',
  });
  return { program, klass };
}
