/**
 * The BLK's Ed25519 key and the signed text its certificates' QR codes carry:
 * `PLT1.` + base64url(payload JSON) + `.` + base64url(signature over exactly those bytes).
 * Anyone holding the exported public key can check a certificate offline.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export const QR_PREFIX = 'PLT1.';

/** Short keys keep the QR small enough to scan from paper with a cheap USB scanner. */
export interface QrPayload {
  /** serial */
  s: string;
  /** full name as printed */
  n: string;
  /** programme name */
  p: string;
  /** issue date (ISO) */
  d: string;
  /** nikHash(nik): ties the paper to a person without printing the NIK into the QR */
  h: string;
}

export interface KeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function nikHash(nik: string): string {
  return createHash('sha256').update(nik, 'utf8').digest('hex').slice(0, 16);
}

/** The key pair, made on first use. Insert-or-ignore: two first uses at once keep one key. */
export async function signingKeyPair(db: Kysely<Database>, now: Date): Promise<KeyPair> {
  const existing = await readKeyPair(db);
  if (existing) return existing;
  const made = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  await db
    .insertInto('signingKeys')
    .values({ id: 1, publicKeyPem: made.publicKey, privateKeyPem: made.privateKey, createdAt: now.toISOString() })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .execute();
  const stored = await readKeyPair(db);
  if (!stored) throw new Error('The signing key was not stored');
  return stored;
}

export async function readKeyPair(db: Kysely<Database>): Promise<KeyPair | null> {
  const row = await db
    .selectFrom('signingKeys')
    .select(['publicKeyPem', 'privateKeyPem'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return row ?? null;
}

// Parsing a PEM costs more than signing; a batch of a thousand reuses one KeyObject.
const keyObjects = new Map<string, KeyObject>();
function keyObject(pem: string, kind: 'private' | 'public'): KeyObject {
  let key = keyObjects.get(pem);
  if (!key) {
    key = kind === 'private' ? createPrivateKey(pem) : createPublicKey(pem);
    if (keyObjects.size > 8) keyObjects.clear();
    keyObjects.set(pem, key);
  }
  return key;
}

export function signQr(payload: QrPayload, privateKeyPem: string): string {
  const bytes = Buffer.from(JSON.stringify(payload), 'utf8');
  const signature = sign(null, bytes, keyObject(privateKeyPem, 'private'));
  return `${QR_PREFIX}${bytes.toString('base64url')}.${signature.toString('base64url')}`;
}

export type QrReading = { kind: 'malformed' } | { kind: 'bad_signature' } | { kind: 'signed'; payload: QrPayload };

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ED25519_SIGNATURE_BYTES = 64;

/** Parses and checks a QR text against `publicKeyPem` (null: this BLK has signed nothing yet). */
export function readQr(text: string, publicKeyPem: string | null): QrReading {
  const parts = text.slice(QR_PREFIX.length).split('.');
  if (!text.startsWith(QR_PREFIX) || parts.length !== 2) return { kind: 'malformed' };
  const [payloadPart, signaturePart] = parts as [string, string];
  if (!BASE64URL.test(payloadPart) || !BASE64URL.test(signaturePart)) return { kind: 'malformed' };
  const bytes = Buffer.from(payloadPart, 'base64url');
  const signature = Buffer.from(signaturePart, 'base64url');
  if (signature.length !== ED25519_SIGNATURE_BYTES) return { kind: 'malformed' };
  if (publicKeyPem === null || !verify(null, bytes, keyObject(publicKeyPem, 'public'), signature)) {
    return { kind: 'bad_signature' };
  }
  const payload = parsePayload(bytes.toString('utf8'));
  // Signed by our key yet not our shape: cannot come from this app, but never trust it.
  return payload ? { kind: 'signed', payload } : { kind: 'malformed' };
}

function parsePayload(json: string): QrPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const keys = ['s', 'n', 'p', 'd', 'h'] as const;
  if (!keys.every((key) => typeof record[key] === 'string')) return null;
  const [s, n, p, d, h] = keys.map((key) => record[key] as string) as [string, string, string, string, string];
  return { s, n, p, d, h };
}
