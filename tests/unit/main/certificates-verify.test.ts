import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createSetUpApp, type TestApp } from '../helpers';
import { nikHash, QR_PREFIX, signQr, type QrPayload } from '../../../src/main/features/certificates/signing';
import { finishedClass } from './certificates-fixture';

let t: TestApp;
afterEach(async () => t?.close());

async function issuedOne() {
  const c = await finishedClass(t, ['Andi Saputra']);
  const [row] = (await t.call('certificates.issue', { enrolmentId: c.byName('Andi Saputra') })).issued;
  if (!row) throw new Error('nothing issued');
  const qr = t.app.handle.sqlite.prepare('SELECT qr_text FROM certificates WHERE id = ?').pluck().get(row.id) as string;
  const privateKey = t.app.handle.sqlite.prepare('SELECT private_key_pem FROM signing_keys').pluck().get() as string;
  return { row, qr, privateKey };
}

const payloadOf = (qr: string) =>
  JSON.parse(Buffer.from(qr.slice(QR_PREFIX.length).split('.')[0] ?? '', 'base64url').toString('utf8')) as QrPayload;

describe('verify', () => {
  it('accepts its own QR, also with a scanner’s trailing Enter, and shows a revocation', async () => {
    t = await createSetUpApp();
    const { row, qr } = await issuedOne();
    expect(qr.startsWith('PLT1.')).toBe(true);
    expect(qr.length).toBeLessThan(300);
    expect(payloadOf(qr)).toEqual({
      s: row.serial,
      n: 'Andi Saputra',
      p: 'Operator Komputer OPK',
      d: '2026-11-23',
      h: nikHash(row.nik),
    });
    expect(await t.call('certificates.verify', { text: `${qr}\r\n` })).toMatchObject({
      state: 'valid',
      via: 'qr',
      certificate: { serial: row.serial },
    });
    await t.call('certificates.revoke', { certificateId: row.id, reason: 'Data salah' });
    expect(await t.call('certificates.verify', { text: qr })).toMatchObject({
      state: 'revoked',
      via: 'qr',
      certificate: { revoked: { reason: 'Data salah' } },
    });
  });

  it('calls a tampered payload, a foreign key and garbage forged', async () => {
    t = await createSetUpApp();
    const { qr, privateKey } = await issuedOne();
    const [payloadPart, signaturePart] = qr.slice(QR_PREFIX.length).split('.') as [string, string];
    const altered = Buffer.from(JSON.stringify({ ...payloadOf(qr), n: 'Andi Saputri' }), 'utf8').toString('base64url');
    expect(await t.call('certificates.verify', { text: `${QR_PREFIX}${altered}.${signaturePart}` })).toEqual({
      state: 'forged',
      reason: 'bad_signature',
    });
    const stranger = generateKeyPairSync('ed25519', {
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    expect(await t.call('certificates.verify', { text: signQr(payloadOf(qr), stranger.privateKey) })).toEqual({
      state: 'forged',
      reason: 'bad_signature',
    });
    for (const text of [
      'PLT1.',
      `PLT1.${payloadPart}`,
      `PLT1.${payloadPart}.abc`,
      `PLT1.${payloadPart}.${signaturePart}.x`,
      'PLT1.!!.??',
    ]) {
      expect(await t.call('certificates.verify', { text })).toEqual({ state: 'forged', reason: 'malformed' });
    }
    // Signed with our own key but not what the registry holds (a leaked key, or a bug): mismatch.
    expect(
      await t.call('certificates.verify', { text: signQr({ ...payloadOf(qr), p: 'Las Listrik' }, privateKey) }),
    ).toEqual({
      state: 'forged',
      reason: 'mismatch',
    });
    // Correctly signed, but no such serial here (e.g. a registry restored from an old backup).
    expect(
      await t.call('certificates.verify', { text: signQr({ ...payloadOf(qr), s: '9999/BLK/OPK/2026' }, privateKey) }),
    ).toEqual({
      state: 'unknown',
      serial: '9999/BLK/OPK/2026',
      via: 'qr',
    });
  });

  it('finds a typed serial whatever the case, and says unknown otherwise', async () => {
    t = await createSetUpApp();
    const { row } = await issuedOne();
    expect(await t.call('certificates.verify', { text: ` ${row.serial.toLowerCase()}\n` })).toMatchObject({
      state: 'valid',
      via: 'serial',
      certificate: { id: row.id },
    });
    expect(await t.call('certificates.verify', { text: '0002/BLK/OPK/2026' })).toEqual({
      state: 'unknown',
      serial: '0002/BLK/OPK/2026',
      via: 'serial',
    });
  });

  it('says bad signature before anything is issued, and exports the public key that checks the QR', async () => {
    t = await createSetUpApp();
    const fresh = generateKeyPairSync('ed25519', {
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const text = signQr({ s: '0001/BLK/OPK/2026', n: 'X', p: 'Y', d: '2026-11-23', h: '0' }, fresh.privateKey);
    expect(await t.call('certificates.verify', { text })).toEqual({ state: 'forged', reason: 'bad_signature' });
    const { qr } = await issuedOne();
    const file = await t.call('certificates.exportPublicKey', {});
    const { readFileSync } = await import('node:fs');
    const { createPublicKey, verify } = await import('node:crypto');
    const pem = readFileSync(file?.path ?? '', 'utf8');
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const [payloadPart, signaturePart] = qr.slice(QR_PREFIX.length).split('.') as [string, string];
    expect(
      verify(
        null,
        Buffer.from(payloadPart, 'base64url'),
        createPublicKey(pem),
        Buffer.from(signaturePart, 'base64url'),
      ),
    ).toBe(true);
  });
});
