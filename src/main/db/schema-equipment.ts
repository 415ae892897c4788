/** Column types of the equipment and consumables tables (migration 0008), as Kysely sees them. */
import type { Generated } from 'kysely';
import type {
  AssetCondition,
  AssetSource,
  AssetStatus,
  BorrowerKind,
  ConsumableUnit,
  MovementKind,
} from '@shared/equipment';

export interface EquipmentCategoriesTable {
  id: Generated<number>;
  name: string;
  code: string;
  goodsCode: Generated<string>;
  usefulLifeYears: number;
  active: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface AssetsTable {
  id: Generated<number>;
  tag: string;
  name: string;
  categoryId: number;
  brand: Generated<string>;
  model: Generated<string>;
  serialNumber: Generated<string>;
  size: Generated<string>;
  material: Generated<string>;
  roomId: number;
  condition: AssetCondition;
  status: Generated<AssetStatus>;
  source: AssetSource;
  grantReference: Generated<string>;
  acquiredOn: string;
  valueRupiah: number;
  photoFile: string | null;
  notes: Generated<string>;
  statusReason: Generated<string>;
  createdAt: string;
  updatedAt: string;
}

export interface LoansTable {
  id: Generated<number>;
  borrowerKind: BorrowerKind;
  instructorId: number | null;
  classId: number | null;
  mtuSiteId: number | null;
  responsibleName: string;
  purpose: Generated<string>;
  checkedOutOn: string;
  dueOn: string;
  operatorId: number;
  createdAt: string;
}

export interface LoanItemsTable {
  id: Generated<number>;
  loanId: number;
  assetId: number;
  conditionOut: AssetCondition;
  returnedOn: string | null;
  conditionIn: AssetCondition | null;
  damageNote: Generated<string>;
  returnedBy: number | null;
}

export interface MaintenanceTable {
  id: Generated<number>;
  assetId: number;
  reportedOn: string;
  problem: string;
  action: Generated<string>;
  vendor: Generated<string>;
  costRupiah: Generated<number>;
  finishedOn: string | null;
  conditionAfter: AssetCondition | null;
  operatorId: number;
  createdAt: string;
}

export interface StocktakesTable {
  id: Generated<number>;
  roomId: number;
  status: Generated<'open' | 'finished' | 'cancelled'>;
  startedOn: string;
  startedBy: number;
  finishedAt: string | null;
  finishedBy: number | null;
  notes: Generated<string>;
}

export interface StocktakeItemsTable {
  stocktakeId: number;
  assetId: number;
  listed: number;
  statusBefore: AssetStatus;
  roomBefore: number;
  conditionBefore: AssetCondition;
  found: Generated<number>;
  conditionFound: AssetCondition | null;
  foundAt: string | null;
}

export interface ConsumablesTable {
  id: Generated<number>;
  name: string;
  unit: ConsumableUnit;
  roomId: number | null;
  lowStockMilli: Generated<number>;
  stockMilli: Generated<number>;
  active: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface ConsumableMovementsTable {
  id: Generated<number>;
  consumableId: number;
  kind: MovementKind;
  quantityMilli: number;
  movedOn: string;
  reason: Generated<string>;
  classId: number | null;
  operatorId: number;
  createdAt: string;
}

export interface ProgramEquipmentTable {
  programId: number;
  categoryId: number;
  quantity: number;
}

export interface EquipmentTables {
  equipmentCategories: EquipmentCategoriesTable;
  assets: AssetsTable;
  loans: LoansTable;
  loanItems: LoanItemsTable;
  maintenance: MaintenanceTable;
  stocktakes: StocktakesTable;
  stocktakeItems: StocktakeItemsTable;
  consumables: ConsumablesTable;
  consumableMovements: ConsumableMovementsTable;
  programEquipment: ProgramEquipmentTable;
}
