/** Equipment paperwork saved where the clerk chooses: label sheets, loan receipts, the KIB register, stock cards. */
import { basename } from 'node:path';
import type { WrittenFile } from '@shared/contract';
import type { HandlerContext } from '../../context';
import { withFileErrors } from '../../files';
import { buildAssetLabelsPdf } from '../../pdf/asset-labels';
import { buildLoanReceiptPdf, type LoanReceiptDocument } from '../../pdf/loan-receipt';
import { savePdfWhereClerkChooses } from '../../pdf/save';
import { bookValue } from '@shared/equipment';
import { type AssetFilters, filteredAssets } from './asset-list';
import { stockCardLines, readConsumable } from './consumables';
import { readLoan } from './loans';
import { assetsBase, blkSettings, blkToday, notFound, safeFileName } from './queries';
import { type KibRow, writeAssetRegisterXlsx, writeStockCardXlsx } from './registers';

/** Labels in the order the ids were given (the clerk's selection order). */
export async function printAssetLabels(ctx: HandlerContext, ids: number[]): Promise<WrittenFile | null> {
  const rows = await ctx.db
    .selectFrom('assets as a')
    .innerJoin('rooms as r', 'r.id', 'a.roomId')
    .select(['a.id', 'a.tag', 'a.name', 'r.name as roomName'])
    .where('a.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const labels = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ tag: row.tag, name: row.name, roomName: row.roomName }] : [];
  });
  if (labels.length === 0) throw notFound('asset', 'ids');
  const settings = await blkSettings(ctx.db);
  const doc = buildAssetLabelsPdf(settings.blkName, labels);
  const name = labels.length === 1 ? `Label-Aset-${safeFileName(labels[0]?.tag ?? '')}` : `Label-Aset-${labels.length}`;
  return savePdfWhereClerkChooses(ctx.platform, doc, `${name}-${await blkToday(ctx.db, ctx.now)}.pdf`);
}

async function saveXlsx(
  ctx: HandlerContext,
  fileName: string,
  write: (path: string) => Promise<void>,
): Promise<WrittenFile | null> {
  const path = await ctx.platform.chooseSavePath({
    defaultName: fileName,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
  if (path === null) return null;
  await withFileErrors(path, () => write(path));
  return { fileName: basename(path), path };
}

/** The register as KIB B, filtered like the list, in tag order. */
export async function exportAssetRegister(ctx: HandlerContext, filters: AssetFilters): Promise<WrittenFile | null> {
  const today = await blkToday(ctx.db, ctx.now);
  return saveXlsx(ctx, `Register-Aset-KIB-B-${today}.xlsx`, async (path) => {
    const settings = await blkSettings(ctx.db);
    const matches = filteredAssets(ctx.db, filters).select('a.id');
    const records = await assetsBase(ctx.db)
      .where('a.id', 'in', matches)
      .select([
        'c.goodsCode',
        'c.name as categoryName',
        'c.usefulLifeYears',
        'a.name',
        'a.tag',
        'a.brand',
        'a.model',
        'a.size',
        'a.material',
        'a.acquiredOn',
        'a.serialNumber',
        'a.source',
        'a.grantReference',
        'a.valueRupiah',
        'a.condition',
        'a.status',
        'r.name as roomName',
        'a.notes',
      ])
      .orderBy('a.tag')
      .execute();
    const rows: KibRow[] = records.map(({ usefulLifeYears, ...row }) => ({
      ...row,
      bookValueRupiah: bookValue(row.valueRupiah, row.acquiredOn, usefulLifeYears, today),
    }));
    await writeAssetRegisterXlsx(path, { blkName: settings.blkName, printedOn: today }, rows);
  });
}

/** Hand-over or return record of a loan; a return shows the latest return date. */
export async function printLoanReceipt(
  ctx: HandlerContext,
  id: number,
  kind: 'handover' | 'return',
): Promise<WrittenFile | null> {
  const loan = await readLoan(ctx.db, id, ctx.now);
  const settings = await blkSettings(ctx.db);
  const details = await ctx.db
    .selectFrom('loanItems as li')
    .innerJoin('assets as a', 'a.id', 'li.assetId')
    .select(['li.assetId', 'a.brand', 'a.serialNumber'])
    .where('li.loanId', '=', id)
    .execute();
  const extra = new Map(details.map((row) => [row.assetId, row]));
  const returnDates = loan.items.flatMap((item) => (item.returnedOn === null ? [] : [item.returnedOn])).sort();
  const loanNumber = `PJM-${String(id).padStart(4, '0')}`;
  const doc: LoanReceiptDocument = {
    kind,
    blk: {
      name: settings.blkName,
      address: settings.address,
      city: settings.city,
      headName: settings.headName,
      headNip: settings.headNip,
      headTitle: settings.headTitle,
    },
    loanNumber,
    date: kind === 'handover' ? loan.checkedOutOn : (returnDates.at(-1) ?? (await blkToday(ctx.db, ctx.now))),
    borrowerKind: loan.borrowerKind,
    borrower: loan.borrower,
    responsibleName: loan.responsibleName,
    purpose: loan.purpose,
    checkedOutOn: loan.checkedOutOn,
    dueOn: loan.dueOn,
    operatorName: loan.operatorName,
    items: loan.items.map((item) => ({
      tag: item.tag,
      name: item.name,
      brand: extra.get(item.assetId)?.brand ?? '',
      serialNumber: extra.get(item.assetId)?.serialNumber ?? '',
      conditionOut: item.conditionOut,
      conditionIn: item.conditionIn,
      returnedOn: item.returnedOn,
      damageNote: item.damageNote,
    })),
  };
  const title = kind === 'handover' ? 'BA-Serah-Terima' : 'BA-Pengembalian';
  return savePdfWhereClerkChooses(ctx.platform, buildLoanReceiptPdf(doc), `${title}-${loanNumber}.pdf`);
}

/** Kartu stok: every movement oldest first with its running balance. */
export async function exportStockCard(ctx: HandlerContext, consumableId: number): Promise<WrittenFile | null> {
  const item = await readConsumable(ctx.db, consumableId, 'consumableId');
  const today = await blkToday(ctx.db, ctx.now);
  return saveXlsx(ctx, `Kartu-Stok-${safeFileName(item.name)}-${today}.xlsx`, async (path) => {
    const settings = await blkSettings(ctx.db);
    const lines = await stockCardLines(ctx.db, consumableId);
    await writeStockCardXlsx(path, {
      blkName: settings.blkName,
      name: item.name,
      unit: item.unit,
      roomName: item.roomName,
      lines: lines.map((line) => ({
        movedOn: line.movedOn,
        kind: line.kind,
        quantity: line.quantity,
        balance: line.balance,
        reason: line.reason,
        className: line.className,
        operatorName: line.operatorName,
      })),
    });
  });
}
