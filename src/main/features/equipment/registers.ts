/**
 * The equipment registers as xlsx (exceljs): the asset register in the shape of the government's
 * KIB B (Kartu Inventaris Barang, peralatan dan mesin) and the consumables stock card (kartu
 * stok). Cells are written as values, never formulas, so text from the register is never run.
 */
import type { AssetCondition, AssetStatus, ConsumableUnit, MovementKind } from '@shared/equipment';

export interface KibRow {
  goodsCode: string;
  name: string;
  /** The asset tag: the register number of the KIB. */
  tag: string;
  brand: string;
  model: string;
  size: string;
  material: string;
  acquiredOn: string;
  serialNumber: string;
  source: 'ministry_grant' | 'apbd' | 'company' | 'blk_komunitas_grant' | 'purchase';
  grantReference: string;
  valueRupiah: number;
  bookValueRupiah: number;
  condition: AssetCondition;
  status: AssetStatus;
  roomName: string;
  categoryName: string;
  notes: string;
}

export interface StockCard {
  blkName: string;
  name: string;
  unit: ConsumableUnit;
  roomName: string | null;
  lines: {
    movedOn: string;
    kind: MovementKind;
    /** Signed quantity in units: + in, - out. */
    quantity: number;
    balance: number;
    reason: string;
    className: string | null;
    operatorName: string;
  }[];
}

export async function writeAssetRegisterXlsx(
  path: string,
  meta: { blkName: string; printedOn: string },
  rows: KibRow[],
): Promise<void> {
  throw new Error(`not built yet: ${path} ${meta.blkName} ${rows.length}`);
}

export async function writeStockCardXlsx(path: string, card: StockCard): Promise<void> {
  throw new Error(`not built yet: ${path} ${card.name}`);
}
