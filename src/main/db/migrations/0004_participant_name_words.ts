import { type Kysely, sql } from 'kysely';

/*
 * A whole-word index of names beside the trigram one: "siti rah" is answered from word prefixes
 * (Siti Rahmawati) without intersecting trigram phrases, which costs milliseconds on common names.
 * SQLite-only (FTS5), like the trigram index; kept in step by its own triggers. Forward-only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE VIRTUAL TABLE participants_words USING fts5(
      full_name, content = 'participants', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )`,
    sql`INSERT INTO participants_words (participants_words) VALUES ('rebuild')`,
    sql`CREATE TRIGGER participants_words_insert AFTER INSERT ON participants BEGIN
      INSERT INTO participants_words (rowid, full_name) VALUES (new.id, new.full_name);
    END`,
    sql`CREATE TRIGGER participants_words_delete AFTER DELETE ON participants BEGIN
      INSERT INTO participants_words (participants_words, rowid, full_name) VALUES ('delete', old.id, old.full_name);
    END`,
    sql`CREATE TRIGGER participants_words_update AFTER UPDATE OF full_name ON participants BEGIN
      INSERT INTO participants_words (participants_words, rowid, full_name) VALUES ('delete', old.id, old.full_name);
      INSERT INTO participants_words (rowid, full_name) VALUES (new.id, new.full_name);
    END`,
  ];
  for (const statement of statements) await statement.execute(db);
}
