/**
 * Verify: a scanned or pasted QR text is checked offline against this BLK's key and then against
 * the registry; anything else is taken as a typed serial.
 */
import type { Kysely } from 'kysely';
import type { VerifyResult } from '@shared/contract/certificates';
import type { Database } from '../../db/schema';
import {
  certificatesBase,
  factsOf,
  selectCertificateColumns,
  toCertificateRow,
  type CertificateRecord,
} from './queries';
import { nikHash, QR_PREFIX, readKeyPair, readQr } from './signing';

function stateOf(record: CertificateRecord, via: 'qr' | 'serial'): VerifyResult {
  const certificate = toCertificateRow(record);
  return record.revokedAt === null ? { state: 'valid', certificate, via } : { state: 'revoked', certificate, via };
}

export async function verifyText(db: Kysely<Database>, input: string): Promise<VerifyResult> {
  // A USB scanner types the text and often an Enter after it; the contract trims, this is for
  // scanners that add a tab or a carriage return inside the field.
  const text = input.trim();
  if (text.startsWith(QR_PREFIX)) {
    const keys = await readKeyPair(db);
    const reading = readQr(text, keys?.publicKeyPem ?? null);
    if (reading.kind === 'malformed') return { state: 'forged', reason: 'malformed' };
    if (reading.kind === 'bad_signature') return { state: 'forged', reason: 'bad_signature' };
    const { payload } = reading;
    const record = await selectCertificateColumns(certificatesBase(db))
      .where('ct.serial', '=', payload.s)
      .executeTakeFirst();
    if (!record) return { state: 'unknown', serial: payload.s, via: 'qr' };
    const facts = factsOf(record);
    const matches =
      payload.n === facts.fullName &&
      payload.p === facts.programName &&
      payload.d === record.issuedOn &&
      payload.h === nikHash(facts.nik);
    if (!matches) return { state: 'forged', reason: 'mismatch' };
    return stateOf(record, 'qr');
  }
  // Serials are ASCII (the pattern allows letters, digits and / . _ -), so lower() is enough.
  const record = await selectCertificateColumns(certificatesBase(db))
    .where((eb) => eb(eb.fn('lower', ['ct.serial']), '=', text.toLowerCase()))
    .executeTakeFirst();
  return record ? stateOf(record, 'serial') : { state: 'unknown', serial: text, via: 'serial' };
}
