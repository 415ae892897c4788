/** The equipment room's contract methods (assets, loans, stock-takes, consumables), each handed to its service. */
import type { consumablesContract } from '@shared/contract/consumables';
import type { equipmentContract } from '@shared/contract/equipment';
import type { loansContract } from '@shared/contract/loans';
import type { stocktakesContract } from '@shared/contract/stocktakes';
import type { HandlerMap } from '../../context';
import { listAssets } from './asset-list';
import { assetByTag, createAsset, currentAsset, setAssetStatus, updateAsset } from './assets';
import {
  createCategory,
  listCategories,
  readEquipmentSettings,
  saveEquipmentSettings,
  updateCategory,
} from './categories';
import {
  createConsumable,
  listConsumables,
  listMovements,
  moveStock,
  updateConsumable,
  usageByClass,
} from './consumables';
import { exportAssetRegister, exportStockCard, printAssetLabels, printLoanReceipt } from './documents';
import { assetHistory } from './history';
import { checkIn, checkOut, listLoans, readLoan } from './loans';
import { finishRepair, listMaintenance, recordMaintenance } from './maintenance';
import { chooseAssetPhoto, clearAssetPhoto } from './photos';
import { classReadiness, programEquipment, saveProgramEquipment } from './readiness';
import { blkToday, requireAsset } from './queries';
import {
  cancelStocktake,
  finishStocktake,
  listStocktakes,
  markStocktake,
  readStocktake,
  scanStocktake,
  startStocktake,
} from './stocktakes';

export const equipmentHandlers: HandlerMap<
  keyof typeof equipmentContract | keyof typeof loansContract | keyof typeof stocktakesContract
> = {
  'equipmentCategories.list': async (ctx) => listCategories(ctx.db),
  'equipmentCategories.create': async (ctx, input) => createCategory(ctx, input),
  'equipmentCategories.update': async (ctx, { id, ...input }) => updateCategory(ctx, id, input),
  'equipmentSettings.get': async (ctx) => readEquipmentSettings(ctx.db),
  'equipmentSettings.save': async (ctx, input) => saveEquipmentSettings(ctx, input),

  'assets.list': async (ctx, input) => listAssets(ctx.db, input, await blkToday(ctx.db, ctx.now)),
  'assets.get': async (ctx, input) => currentAsset(ctx, input.id),
  'assets.byTag': async (ctx, input) => assetByTag(ctx.db, input.tag, ctx.now),
  'assets.create': async (ctx, input) => createAsset(ctx, input),
  'assets.update': async (ctx, { id, ...input }) => updateAsset(ctx, id, input),
  'assets.setStatus': async (ctx, input) => setAssetStatus(ctx, input.id, input.status, input.reason),
  'assets.history': async (ctx, input) => {
    await requireAsset(ctx.db, input.id, 'id');
    return assetHistory(ctx.db, input.id);
  },
  'assets.choosePhoto': async (ctx, input) =>
    (await chooseAssetPhoto(ctx, input.id)) ? currentAsset(ctx, input.id) : null,
  'assets.clearPhoto': async (ctx, input) => {
    await clearAssetPhoto(ctx, input.id);
    return currentAsset(ctx, input.id);
  },
  'assets.printLabels': async (ctx, input) => printAssetLabels(ctx, input.ids),
  'assets.exportRegister': async (ctx, input) => exportAssetRegister(ctx, input),

  'loans.list': async (ctx, input) => listLoans(ctx.db, input, ctx.now),
  'loans.get': async (ctx, input) => readLoan(ctx.db, input.id, ctx.now),
  'loans.checkOut': async (ctx, input) => checkOut(ctx, input),
  'loans.checkIn': async (ctx, input) => checkIn(ctx, input),
  'loans.printReceipt': async (ctx, input) => printLoanReceipt(ctx, input.id, input.kind),

  'maintenance.list': async (ctx, input) => listMaintenance(ctx.db, input),
  'maintenance.record': async (ctx, input) => recordMaintenance(ctx, input),
  'maintenance.finish': async (ctx, input) => finishRepair(ctx, input),

  'stocktakes.list': async (ctx) => listStocktakes(ctx.db),
  'stocktakes.get': async (ctx, input) => readStocktake(ctx.db, input.id),
  'stocktakes.start': async (ctx, input) => startStocktake(ctx, input.roomId, input.notes),
  'stocktakes.scan': async (ctx, input) => scanStocktake(ctx, input),
  'stocktakes.mark': async (ctx, input) => markStocktake(ctx, input),
  'stocktakes.finish': async (ctx, input) => finishStocktake(ctx, input),
  'stocktakes.cancel': async (ctx, input) => cancelStocktake(ctx, input.id),

  'programEquipment.get': async (ctx, input) => programEquipment(ctx.db, input.programId),
  'programEquipment.save': async (ctx, input) => saveProgramEquipment(ctx, input),
  'programEquipment.readiness': async (ctx, input) => classReadiness(ctx.db, input.classId, ctx.now),
};

export const consumablesHandlers: HandlerMap<keyof typeof consumablesContract> = {
  'consumables.list': async (ctx, input) => listConsumables(ctx.db, input),
  'consumables.create': async (ctx, input) => createConsumable(ctx, input),
  'consumables.update': async (ctx, { id, ...input }) => updateConsumable(ctx, id, input),
  'consumables.move': async (ctx, input) => moveStock(ctx, input),
  'consumables.movements': async (ctx, input) => listMovements(ctx.db, input),
  'consumables.usageByClass': async (ctx, input) => usageByClass(ctx.db, input.classId),
  'consumables.exportStockCard': async (ctx, input) => exportStockCard(ctx, input.consumableId),
};
