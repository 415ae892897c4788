/**
 * Certificate settings: the certificate columns of the BLK profile, and the logo and signature
 * images copied into the data dir (the renderer never names a path).
 */
import { randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type {
  CertificateImageKind,
  CertificateImageState,
  CertificateSettings,
  certificateSettingsInput,
} from '@shared/contract/certificates';
import { DomainError } from '@shared/errors';
import { todayIn } from '@shared/time';
import type { HandlerContext } from '../../context';
import type { Database } from '../../db/schema';
import { withFileErrors, writeFileAtomically } from '../../files';
import type { CertificateBlk } from '../../pdf/certificate-document';
import { dataPaths } from '../../platform';
import { peekSerial } from './serials';

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

async function settingsRow(db: Kysely<Database>) {
  const row = await db.selectFrom('settings').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) throw new DomainError('SETUP_REQUIRED', 'The BLK profile is not set up yet');
  return row;
}

export async function readCertificateSettings(
  db: Kysely<Database>,
  now: Date,
  dataDir: string,
): Promise<CertificateSettings> {
  const row = await settingsRow(db);
  const images = dataPaths(dataDir).images;
  const state = async (file: string | null): Promise<CertificateImageState> =>
    file === null ? 'none' : (await isReadableImage(join(images, file))) ? 'installed' : 'unreadable';
  const year = Number(todayIn(now, row.timezone).slice(0, 4));
  return {
    city: row.city,
    headTitle: row.headTitle,
    title: row.certificateTitle,
    wording: row.certificateWording,
    wordingEn: row.certificateWordingEn,
    serialPattern: row.serialPattern,
    headName: row.headName,
    headNip: row.headNip,
    logo: await state(row.logoFile),
    signature: await state(row.signatureFile),
    serialExample: await peekSerial(db, row.serialPattern, year, 'OPK'),
  };
}

export async function saveCertificateSettings(
  ctx: HandlerContext,
  input: z.output<typeof certificateSettingsInput>,
): Promise<CertificateSettings> {
  const before = await readCertificateSettings(ctx.db, ctx.now, ctx.platform.dataDir);
  const changes = {
    city: input.city,
    headTitle: input.headTitle,
    certificateTitle: input.title,
    certificateWording: input.wording,
    certificateWordingEn: input.wordingEn,
    serialPattern: input.serialPattern,
    updatedAt: ctx.now.toISOString(),
  };
  await ctx.db.updateTable('settings').set(changes).where('id', '=', 1).execute();
  await ctx.audit({ entity: 'certificate_settings', entityId: 1, before, after: changes });
  return readCertificateSettings(ctx.db, ctx.now, ctx.platform.dataDir);
}

/** PNG or JPEG by its first bytes: a renamed text file is refused whatever its extension. */
export function imageExtension(bytes: Uint8Array): 'png' | 'jpg' | null {
  const starts = (magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpg';
  return null;
}

const imageColumn = { logo: 'logoFile', signature: 'signatureFile' } as const;

/** Reads at most the limit plus one byte, so a huge file is refused without loading it. */
async function readSmallFile(path: string): Promise<Buffer | null> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return bytesRead > MAX_IMAGE_BYTES ? null : buffer.subarray(0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

async function isReadableImage(path: string): Promise<boolean> {
  const bytes = await readSmallFile(path);
  return bytes !== null && imageExtension(bytes) !== null;
}

/** The chosen file's bytes if it is a PNG or JPEG of at most 2 MB; IMAGE_INVALID otherwise. */
export async function readChosenImage(path: string): Promise<{ bytes: Buffer; extension: 'png' | 'jpg' }> {
  const bytes = await readSmallFile(path);
  const extension = bytes ? imageExtension(bytes) : null;
  if (!bytes || !extension) throw new DomainError('IMAGE_INVALID', 'Not a PNG or JPEG image of at most 2 MB');
  return { bytes, extension };
}

/**
 * Main opens the file dialog, checks the file and copies it into images/ under a fresh name, then
 * points the settings at it. The previous file is left in place: deleting it before the commit
 * could lose it on a rollback, and it is small.
 */
export async function chooseCertificateImage(
  ctx: HandlerContext,
  kind: CertificateImageKind,
): Promise<CertificateSettings | null> {
  const path = await ctx.platform.chooseOpenPath({
    filters: [{ name: 'PNG / JPEG', extensions: ['png', 'jpg', 'jpeg'] }],
  });
  if (path === null) return null;
  const { bytes, extension } = await readChosenImage(path);
  const folder = dataPaths(ctx.platform.dataDir).images;
  const fileName = `${kind}-${randomBytes(8).toString('hex')}.${extension}`;
  const target = join(folder, fileName);
  await withFileErrors(target, async () => {
    await mkdir(folder, { recursive: true });
    await writeFileAtomically(target, bytes);
  });
  return setImageFile(ctx, kind, fileName);
}

export async function setImageFile(
  ctx: HandlerContext,
  kind: CertificateImageKind,
  fileName: string | null,
): Promise<CertificateSettings> {
  const column = imageColumn[kind];
  const before = await settingsRow(ctx.db);
  await ctx.db
    .updateTable('settings')
    .set({ [column]: fileName, updatedAt: ctx.now.toISOString() })
    .where('id', '=', 1)
    .execute();
  await ctx.audit({
    entity: 'certificate_settings',
    entityId: 1,
    before: { [column]: before[column] },
    after: { [column]: fileName },
  });
  return readCertificateSettings(ctx.db, ctx.now, ctx.platform.dataDir);
}

/** What the PDF prints about the BLK, as set now (the trainee's facts are the frozen ones). */
export async function certificateBlk(db: Kysely<Database>, dataDir: string): Promise<CertificateBlk> {
  const row = await settingsRow(db);
  const images = dataPaths(dataDir).images;
  return {
    name: row.blkName,
    address: row.address,
    city: row.city,
    headName: row.headName,
    headNip: row.headNip,
    headTitle: row.headTitle,
    logoPath: row.logoFile === null ? null : join(images, row.logoFile),
    signaturePath: row.signatureFile === null ? null : join(images, row.signatureFile),
    title: row.certificateTitle,
    wording: row.certificateWording,
    wordingEn: row.certificateWordingEn,
  };
}

/**
 * A logo or signature chosen in Settings may since have gone from the data dir (a data folder
 * copied without images/, a disk cleaner, a damaged file): name it before anything is rendered,
 * instead of failing deep inside the PDF renderer with an error the clerk cannot act on.
 */
export async function requireReadableImages(blk: CertificateBlk): Promise<void> {
  const images = [
    ['CERTIFICATE_LOGO_UNREADABLE', blk.logoPath],
    ['CERTIFICATE_SIGNATURE_UNREADABLE', blk.signaturePath],
  ] as const;
  for (const [code, path] of images) {
    if (path !== null && !(await isReadableImage(path)))
      throw new DomainError(code, `Cannot read ${path} as a PNG or JPEG image`);
  }
}

/** The head's name is printed over the signature: no certificate without it. */
export async function requireHeadName(db: Kysely<Database>): Promise<{ serialPattern: string; timezone: string }> {
  const row = await settingsRow(db);
  if (row.headName.trim() === '') throw new DomainError('HEAD_NAME_MISSING', 'The head of BLK name is not set');
  return { serialPattern: row.serialPattern, timezone: row.timezone };
}
