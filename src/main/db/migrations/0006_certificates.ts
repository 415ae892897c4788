import { type Kysely, sql } from 'kysely';

/*
 * Completion certificates: the certificate settings on the BLK profile, the signing key, the
 * registry and every printed copy. A certificate is never deleted and what it certified never
 * changes (a wrong one is revoked, keeping its serial); one in force per enrolment. Forward-only.
 */

const isoDate = (column: string) => sql.raw(`(date(${column}) IS ${column})`);
const text = (column: string, max: number) => sql.raw(`(length(trim(${column})) BETWEEN 1 AND ${max})`);

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE settings ADD COLUMN city TEXT NOT NULL DEFAULT 'Tanah Grogot' CHECK ${text('city', 100)}`,
    sql`ALTER TABLE settings ADD COLUMN head_title TEXT NOT NULL DEFAULT 'Kepala UPTD Balai Latihan Kerja'
      CHECK ${text('head_title', 150)}`,
    sql`ALTER TABLE settings ADD COLUMN certificate_title TEXT NOT NULL DEFAULT 'SERTIFIKAT PELATIHAN'
      CHECK ${text('certificate_title', 80)}`,
    sql`ALTER TABLE settings ADD COLUMN certificate_wording TEXT NOT NULL
      DEFAULT 'telah mengikuti dan dinyatakan LULUS pelatihan berbasis kompetensi'
      CHECK ${text('certificate_wording', 400)}`,
    sql`ALTER TABLE settings ADD COLUMN certificate_wording_en TEXT NOT NULL
      DEFAULT 'has attended and passed the competency-based training' CHECK (length(certificate_wording_en) <= 400)`,
    sql`ALTER TABLE settings ADD COLUMN serial_pattern TEXT NOT NULL DEFAULT '{seq:4}/BLK/{programme}/{year}'
      CHECK (length(serial_pattern) BETWEEN 1 AND 60 AND serial_pattern LIKE '%{seq:_}%' AND serial_pattern LIKE '%{year}%')`,
    // File names inside images/ under the data dir (copied there from the chosen file).
    sql`ALTER TABLE settings ADD COLUMN logo_file TEXT CHECK (logo_file IS NULL OR logo_file GLOB 'logo-*')`,
    sql`ALTER TABLE settings ADD COLUMN signature_file TEXT CHECK (signature_file IS NULL OR signature_file GLOB 'signature-*')`,
    // One Ed25519 key pair, made on first use; in the database so every backup carries it.
    sql`CREATE TABLE signing_keys (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      public_key_pem TEXT NOT NULL CHECK (public_key_pem LIKE '-----BEGIN PUBLIC KEY-----%'),
      private_key_pem TEXT NOT NULL CHECK (private_key_pem LIKE '-----BEGIN PRIVATE KEY-----%'),
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE certificates (
      id INTEGER PRIMARY KEY,
      enrolment_id INTEGER NOT NULL REFERENCES enrolments (id),
      serial TEXT NOT NULL UNIQUE CHECK ${text('serial', 80)},
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      seq INTEGER NOT NULL CHECK (seq >= 1),
      issued_on TEXT NOT NULL CHECK ${isoDate('issued_on')},
      -- What was certified, frozen at issue: name, NIK, birth, programme, JP, dates, units and results.
      payload_json TEXT NOT NULL CHECK (json_valid(payload_json)),
      -- The signed text the QR carries.
      qr_text TEXT NOT NULL UNIQUE,
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      created_at TEXT NOT NULL,
      revoked_at TEXT,
      revoked_reason TEXT CHECK (revoked_reason IS NULL OR ${text('revoked_reason', 500)}),
      revoked_by INTEGER REFERENCES operators (id),
      UNIQUE (year, seq),
      CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL) AND (revoked_at IS NULL) = (revoked_by IS NULL))
    ) STRICT`,
    sql`CREATE UNIQUE INDEX certificates_in_force ON certificates (enrolment_id) WHERE revoked_at IS NULL`,
    sql`CREATE INDEX certificates_issued ON certificates (year, issued_on)`,
    sql`CREATE TRIGGER certificates_graduates_only BEFORE INSERT ON certificates
      WHEN (SELECT status FROM enrolments WHERE id = new.enrolment_id) IS NOT 'graduated'
      BEGIN SELECT RAISE(ABORT, 'NOT_GRADUATED'); END`,
    sql`CREATE TRIGGER certificates_kept BEFORE DELETE ON certificates
      BEGIN SELECT RAISE(ABORT, 'CERTIFICATE_REVOKED'); END`,
    sql`CREATE TRIGGER certificates_frozen
      BEFORE UPDATE OF enrolment_id, serial, year, seq, issued_on, payload_json, qr_text, operator_id, created_at
      ON certificates
      BEGIN SELECT RAISE(ABORT, 'CERTIFICATE_REVOKED'); END`,
    sql`CREATE TRIGGER certificates_revoked_once BEFORE UPDATE OF revoked_at ON certificates
      WHEN old.revoked_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'CERTIFICATE_REVOKED'); END`,
    // Copy 1 is the original; later copies are reprints and say why.
    sql`CREATE TABLE certificate_prints (
      id INTEGER PRIMARY KEY,
      certificate_id INTEGER NOT NULL REFERENCES certificates (id),
      copy INTEGER NOT NULL CHECK (copy >= 1),
      reason TEXT CHECK (reason IS NULL OR ${text('reason', 500)}),
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      printed_at TEXT NOT NULL,
      UNIQUE (certificate_id, copy),
      CHECK ((copy = 1) = (reason IS NULL))
    ) STRICT`,
  ];
  for (const statement of statements) await statement.execute(db);
}
