import { type Kysely, sql } from 'kysely';

/*
 * Workshop equipment and consumables. An asset's status follows its loans and repairs: the
 * triggers below set `checked_out` and `in_repair` and refuse any write that would make them
 * disagree, so two clerks lending the same tool at once cannot both succeed (one open loan per
 * asset) and a tool in repair cannot be lent. Assets are never deleted and their tags never
 * change, so a tag is never reused. Consumable stock is the sum of its movements, kept by a
 * trigger that refuses to take it below zero. Forward-only.
 */

const isoDate = (column: string) => sql.raw(`(date(${column}) IS ${column})`);
const text = (column: string, max: number) => sql.raw(`(length(trim(${column})) BETWEEN 1 AND ${max})`);
const upTo = (column: string, max: number) => sql.raw(`(length(${column}) <= ${max})`);
const condition = (column: string) => sql.raw(`(${column} IN ('good', 'minor_damage', 'major_damage'))`);

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE settings ADD COLUMN asset_tag_pattern TEXT NOT NULL DEFAULT '{category}-{seq:4}'
      CHECK (length(asset_tag_pattern) BETWEEN 1 AND 40 AND asset_tag_pattern LIKE '%{seq:_}%')`,
    sql`CREATE TABLE equipment_categories (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK ${text('name', 100)},
      -- Short code for tags (LAS, KOMP); letters and digits only.
      code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(code) BETWEEN 1 AND 10 AND code NOT GLOB '*[^A-Za-z0-9]*'),
      -- Kode barang of the government's goods classification, for the KIB (optional).
      goods_code TEXT NOT NULL DEFAULT '' CHECK ${upTo('goods_code', 30)},
      useful_life_years INTEGER NOT NULL CHECK (useful_life_years BETWEEN 1 AND 50),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE assets (
      id INTEGER PRIMARY KEY,
      tag TEXT NOT NULL UNIQUE COLLATE NOCASE
        CHECK (length(tag) BETWEEN 1 AND 40 AND tag NOT GLOB '*[^A-Za-z0-9./_-]*'),
      name TEXT NOT NULL CHECK ${text('name', 150)},
      category_id INTEGER NOT NULL REFERENCES equipment_categories (id),
      brand TEXT NOT NULL DEFAULT '' CHECK ${upTo('brand', 100)},
      model TEXT NOT NULL DEFAULT '' CHECK ${upTo('model', 100)},
      serial_number TEXT NOT NULL DEFAULT '' CHECK ${upTo('serial_number', 100)},
      -- KIB columns "Ukuran/CC" and "Bahan".
      size TEXT NOT NULL DEFAULT '' CHECK ${upTo('size', 60)},
      material TEXT NOT NULL DEFAULT '' CHECK ${upTo('material', 60)},
      room_id INTEGER NOT NULL REFERENCES rooms (id),
      condition TEXT NOT NULL CHECK ${condition('condition')},
      status TEXT NOT NULL DEFAULT 'available'
        CHECK (status IN ('available', 'checked_out', 'in_repair', 'lost', 'disposed')),
      source TEXT NOT NULL CHECK (source IN ('ministry_grant', 'apbd', 'company', 'blk_komunitas_grant', 'purchase')),
      grant_reference TEXT NOT NULL DEFAULT '' CHECK ${upTo('grant_reference', 150)},
      acquired_on TEXT NOT NULL CHECK ${isoDate('acquired_on')},
      value_rupiah INTEGER NOT NULL CHECK (value_rupiah BETWEEN 0 AND 1000000000000),
      -- A file name inside images/ under the data dir.
      photo_file TEXT CHECK (photo_file IS NULL OR photo_file GLOB 'asset-*'),
      notes TEXT NOT NULL DEFAULT '' CHECK ${upTo('notes', 1000)},
      -- Why an asset was written off (lost or disposed).
      status_reason TEXT NOT NULL DEFAULT '' CHECK ${upTo('status_reason', 500)},
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX assets_room ON assets (room_id, status)`,
    sql`CREATE INDEX assets_category ON assets (category_id, condition, status)`,
    sql`CREATE INDEX assets_name ON assets (name COLLATE NOCASE)`,
    sql`CREATE TRIGGER assets_kept BEFORE DELETE ON assets BEGIN SELECT RAISE(ABORT, 'ASSET_KEPT'); END`,
    // Words of the name, brand, model and serial number, for "every typed word begins a word"
    // ("las mig" finds "Mesin Las MIG 200/A"); SQLite-only (FTS5), like the participants' index.
    sql`CREATE VIRTUAL TABLE assets_words USING fts5(
      name, brand, model, serial_number, content = 'assets', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
    )`,
    sql`CREATE TRIGGER assets_words_insert AFTER INSERT ON assets BEGIN
      INSERT INTO assets_words (rowid, name, brand, model, serial_number)
      VALUES (new.id, new.name, new.brand, new.model, new.serial_number);
    END`,
    sql`CREATE TRIGGER assets_words_update AFTER UPDATE OF name, brand, model, serial_number ON assets BEGIN
      INSERT INTO assets_words (assets_words, rowid, name, brand, model, serial_number)
      VALUES ('delete', old.id, old.name, old.brand, old.model, old.serial_number);
      INSERT INTO assets_words (rowid, name, brand, model, serial_number)
      VALUES (new.id, new.name, new.brand, new.model, new.serial_number);
    END`,
    sql`CREATE TRIGGER assets_tag_fixed BEFORE UPDATE OF tag ON assets WHEN new.tag IS NOT old.tag
      BEGIN SELECT RAISE(ABORT, 'ASSET_KEPT'); END`,
    sql`CREATE TABLE loans (
      id INTEGER PRIMARY KEY,
      borrower_kind TEXT NOT NULL CHECK (borrower_kind IN ('instructor', 'class', 'mtu')),
      instructor_id INTEGER REFERENCES instructors (id),
      class_id INTEGER REFERENCES classes (id),
      mtu_site_id INTEGER REFERENCES mtu_sites (id),
      -- Who signs for it on the hand-over receipt.
      responsible_name TEXT NOT NULL CHECK ${text('responsible_name', 150)},
      purpose TEXT NOT NULL DEFAULT '' CHECK ${upTo('purpose', 300)},
      checked_out_on TEXT NOT NULL CHECK ${isoDate('checked_out_on')},
      due_on TEXT NOT NULL CHECK (${isoDate('due_on')} AND due_on >= checked_out_on),
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      created_at TEXT NOT NULL,
      CHECK (borrower_kind != 'instructor' OR instructor_id IS NOT NULL),
      CHECK (borrower_kind != 'class' OR class_id IS NOT NULL),
      CHECK (borrower_kind != 'mtu' OR mtu_site_id IS NOT NULL)
    ) STRICT`,
    sql`CREATE TABLE loan_items (
      id INTEGER PRIMARY KEY,
      loan_id INTEGER NOT NULL REFERENCES loans (id),
      asset_id INTEGER NOT NULL REFERENCES assets (id),
      condition_out TEXT NOT NULL CHECK ${condition('condition_out')},
      returned_on TEXT CHECK (returned_on IS NULL OR ${isoDate('returned_on')}),
      condition_in TEXT CHECK (condition_in IS NULL OR ${condition('condition_in')}),
      damage_note TEXT NOT NULL DEFAULT '' CHECK ${upTo('damage_note', 500)},
      returned_by INTEGER REFERENCES operators (id),
      UNIQUE (loan_id, asset_id),
      CHECK ((returned_on IS NULL) = (condition_in IS NULL) AND (returned_on IS NULL) = (returned_by IS NULL))
    ) STRICT`,
    // One open loan per asset: of two clerks lending the same tool at once, one insert fails.
    sql`CREATE UNIQUE INDEX loan_items_open ON loan_items (asset_id) WHERE returned_on IS NULL`,
    sql`CREATE INDEX loan_items_loan ON loan_items (loan_id)`,
    sql`CREATE INDEX loans_due ON loans (due_on)`,
    sql`CREATE TRIGGER loan_items_available BEFORE INSERT ON loan_items
      WHEN (SELECT status FROM assets WHERE id = new.asset_id) IS NOT 'available'
      BEGIN SELECT RAISE(ABORT, 'ASSET_NOT_AVAILABLE'); END`,
    sql`CREATE TRIGGER loan_items_out AFTER INSERT ON loan_items
      BEGIN UPDATE assets SET status = 'checked_out' WHERE id = new.asset_id; END`,
    sql`CREATE TRIGGER loan_items_once BEFORE UPDATE OF returned_on ON loan_items
      WHEN old.returned_on IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'ASSET_NOT_CHECKED_OUT'); END`,
    sql`CREATE TRIGGER loan_items_back AFTER UPDATE OF returned_on ON loan_items
      WHEN old.returned_on IS NULL AND new.returned_on IS NOT NULL
      BEGIN UPDATE assets SET status = 'available', condition = new.condition_in WHERE id = new.asset_id; END`,

    sql`CREATE TABLE maintenance (
      id INTEGER PRIMARY KEY,
      asset_id INTEGER NOT NULL REFERENCES assets (id),
      reported_on TEXT NOT NULL CHECK ${isoDate('reported_on')},
      problem TEXT NOT NULL CHECK ${text('problem', 500)},
      action TEXT NOT NULL DEFAULT '' CHECK ${upTo('action', 500)},
      vendor TEXT NOT NULL DEFAULT '' CHECK ${upTo('vendor', 150)},
      cost_rupiah INTEGER NOT NULL DEFAULT 0 CHECK (cost_rupiah BETWEEN 0 AND 10000000000),
      -- Open (NULL) while the asset is in repair; a routine service is logged finished at once.
      finished_on TEXT CHECK (finished_on IS NULL OR (${isoDate('finished_on')} AND finished_on >= reported_on)),
      condition_after TEXT CHECK (condition_after IS NULL OR ${condition('condition_after')}),
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      created_at TEXT NOT NULL,
      CHECK ((finished_on IS NULL) = (condition_after IS NULL))
    ) STRICT`,
    sql`CREATE UNIQUE INDEX maintenance_open ON maintenance (asset_id) WHERE finished_on IS NULL`,
    sql`CREATE INDEX maintenance_asset ON maintenance (asset_id, reported_on)`,
    sql`CREATE TRIGGER maintenance_available BEFORE INSERT ON maintenance
      WHEN new.finished_on IS NULL AND (SELECT status FROM assets WHERE id = new.asset_id) IS NOT 'available'
      BEGIN SELECT RAISE(ABORT, 'ASSET_NOT_AVAILABLE'); END`,
    sql`CREATE TRIGGER maintenance_in AFTER INSERT ON maintenance WHEN new.finished_on IS NULL
      BEGIN UPDATE assets SET status = 'in_repair' WHERE id = new.asset_id; END`,
    sql`CREATE TRIGGER maintenance_logged AFTER INSERT ON maintenance WHEN new.finished_on IS NOT NULL
      BEGIN UPDATE assets SET condition = new.condition_after WHERE id = new.asset_id; END`,
    sql`CREATE TRIGGER maintenance_once BEFORE UPDATE OF finished_on ON maintenance
      WHEN old.finished_on IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'ASSET_NOT_IN_REPAIR'); END`,
    sql`CREATE TRIGGER maintenance_done AFTER UPDATE OF finished_on ON maintenance
      WHEN old.finished_on IS NULL AND new.finished_on IS NOT NULL
      BEGIN UPDATE assets SET status = 'available', condition = new.condition_after WHERE id = new.asset_id; END`,

    // checked_out and in_repair mirror an open loan item / open repair, both ways.
    sql`CREATE TRIGGER assets_status_matches BEFORE UPDATE OF status ON assets
      WHEN (new.status = 'checked_out') IS NOT EXISTS
             (SELECT 1 FROM loan_items WHERE asset_id = new.id AND returned_on IS NULL)
        OR (new.status = 'in_repair') IS NOT EXISTS
             (SELECT 1 FROM maintenance WHERE asset_id = new.id AND finished_on IS NULL)
      BEGIN SELECT RAISE(ABORT, 'ASSET_NOT_AVAILABLE'); END`,

    sql`CREATE TABLE stocktakes (
      id INTEGER PRIMARY KEY,
      room_id INTEGER NOT NULL REFERENCES rooms (id),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished', 'cancelled')),
      started_on TEXT NOT NULL CHECK ${isoDate('started_on')},
      started_by INTEGER NOT NULL REFERENCES operators (id),
      finished_at TEXT,
      finished_by INTEGER REFERENCES operators (id),
      notes TEXT NOT NULL DEFAULT '' CHECK ${upTo('notes', 1000)},
      CHECK ((status = 'open') = (finished_at IS NULL) AND (finished_at IS NULL) = (finished_by IS NULL))
    ) STRICT`,
    sql`CREATE UNIQUE INDEX stocktakes_one_open ON stocktakes (room_id) WHERE status = 'open'`,
    // The workshop's assets when the count started (expected = on the shelf then), plus any
    // asset scanned there that was not on the list.
    sql`CREATE TABLE stocktake_items (
      stocktake_id INTEGER NOT NULL REFERENCES stocktakes (id),
      asset_id INTEGER NOT NULL REFERENCES assets (id),
      listed INTEGER NOT NULL CHECK (listed IN (0, 1)),
      status_before TEXT NOT NULL,
      room_before INTEGER NOT NULL REFERENCES rooms (id),
      condition_before TEXT NOT NULL CHECK ${condition('condition_before')},
      found INTEGER NOT NULL DEFAULT 0 CHECK (found IN (0, 1)),
      condition_found TEXT CHECK (condition_found IS NULL OR ${condition('condition_found')}),
      found_at TEXT,
      PRIMARY KEY (stocktake_id, asset_id),
      CHECK ((found = 1) = (found_at IS NOT NULL) AND (found = 1) = (condition_found IS NOT NULL))
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE TRIGGER stocktake_items_frozen BEFORE UPDATE ON stocktake_items
      WHEN (SELECT status FROM stocktakes WHERE id = old.stocktake_id) IS NOT 'open'
      BEGIN SELECT RAISE(ABORT, 'STOCKTAKE_CLOSED'); END`,
    sql`CREATE TRIGGER stocktake_items_frozen_insert BEFORE INSERT ON stocktake_items
      WHEN (SELECT status FROM stocktakes WHERE id = new.stocktake_id) IS NOT 'open'
      BEGIN SELECT RAISE(ABORT, 'STOCKTAKE_CLOSED'); END`,

    sql`CREATE TABLE consumables (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK ${text('name', 150)},
      unit TEXT NOT NULL CHECK (unit IN ('pcs', 'rim', 'kg', 'gram', 'meter', 'liter', 'roll', 'box', 'pack', 'set', 'lembar', 'batang')),
      room_id INTEGER REFERENCES rooms (id),
      -- Quantities in thousandths of the unit (see MILLI in shared/equipment.ts).
      low_stock_milli INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_milli >= 0),
      stock_milli INTEGER NOT NULL DEFAULT 0 CHECK (stock_milli >= 0),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE consumable_movements (
      id INTEGER PRIMARY KEY,
      consumable_id INTEGER NOT NULL REFERENCES consumables (id),
      kind TEXT NOT NULL CHECK (kind IN ('received', 'used', 'adjusted')),
      quantity_milli INTEGER NOT NULL CHECK (quantity_milli != 0 AND abs(quantity_milli) <= 1000000000000),
      moved_on TEXT NOT NULL CHECK ${isoDate('moved_on')},
      reason TEXT NOT NULL DEFAULT '' CHECK ${upTo('reason', 300)},
      class_id INTEGER REFERENCES classes (id),
      operator_id INTEGER NOT NULL REFERENCES operators (id),
      created_at TEXT NOT NULL,
      CHECK (kind != 'received' OR quantity_milli > 0),
      CHECK (kind != 'used' OR quantity_milli < 0),
      CHECK (kind != 'adjusted' OR length(trim(reason)) > 0)
    ) STRICT`,
    sql`CREATE INDEX consumable_movements_item ON consumable_movements (consumable_id, moved_on)`,
    sql`CREATE INDEX consumable_movements_class ON consumable_movements (class_id) WHERE class_id IS NOT NULL`,
    sql`CREATE TRIGGER consumable_movements_enough BEFORE INSERT ON consumable_movements
      WHEN (SELECT stock_milli FROM consumables WHERE id = new.consumable_id) + new.quantity_milli < 0
      BEGIN SELECT RAISE(ABORT, 'STOCK_NOT_ENOUGH'); END`,
    sql`CREATE TRIGGER consumable_movements_apply AFTER INSERT ON consumable_movements
      BEGIN UPDATE consumables SET stock_milli = stock_milli + new.quantity_milli WHERE id = new.consumable_id; END`,
    // The stock card is the movements: corrections are new adjustments, never edits.
    sql`CREATE TRIGGER consumable_movements_kept BEFORE UPDATE ON consumable_movements
      BEGIN SELECT RAISE(ABORT, 'MOVEMENT_KEPT'); END`,
    sql`CREATE TRIGGER consumable_movements_kept_delete BEFORE DELETE ON consumable_movements
      BEGIN SELECT RAISE(ABORT, 'MOVEMENT_KEPT'); END`,
    sql`CREATE TRIGGER consumables_stock_from_movements BEFORE UPDATE OF stock_milli ON consumables
      WHEN new.stock_milli IS NOT (SELECT coalesce(sum(quantity_milli), 0) FROM consumable_movements WHERE consumable_id = new.id)
      BEGIN SELECT RAISE(ABORT, 'MOVEMENT_KEPT'); END`,

    // What a programme's class needs from the workshops: a quantity per category.
    sql`CREATE TABLE program_equipment (
      program_id INTEGER NOT NULL REFERENCES programs (id),
      category_id INTEGER NOT NULL REFERENCES equipment_categories (id),
      quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 500),
      PRIMARY KEY (program_id, category_id)
    ) STRICT, WITHOUT ROWID`,
  ];
  for (const statement of statements) await statement.execute(db);
}
