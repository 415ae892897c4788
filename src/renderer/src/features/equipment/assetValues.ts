import type { Asset } from '@shared/contract';
import type { AssetCondition, AssetSource } from '@shared/equipment';
import { parseTypedDate, todayIso, toTypedDate } from '../../lib/dates';
import { rupiahValue } from './RupiahInput';

export interface AssetValues extends Record<string, unknown> {
  tag: string;
  name: string;
  categoryId: string | null;
  roomId: string | null;
  brand: string;
  model: string;
  serialNumber: string;
  size: string;
  material: string;
  condition: AssetCondition;
  source: AssetSource;
  grantReference: string;
  acquiredOn: string;
  valueRupiah: number | string;
  notes: string;
}

export function emptyAsset(): AssetValues {
  return {
    tag: '',
    name: '',
    categoryId: null,
    roomId: null,
    brand: '',
    model: '',
    serialNumber: '',
    size: '',
    material: '',
    condition: 'good',
    source: 'ministry_grant',
    grantReference: '',
    acquiredOn: toTypedDate(todayIso()),
    valueRupiah: '',
    notes: '',
  };
}

export function assetValues(asset: Asset): AssetValues {
  return {
    tag: asset.tag,
    name: asset.name,
    categoryId: String(asset.categoryId),
    roomId: String(asset.roomId),
    brand: asset.brand,
    model: asset.model,
    serialNumber: asset.serialNumber,
    size: asset.size,
    material: asset.material,
    condition: asset.condition,
    source: asset.source,
    grantReference: asset.grantReference,
    acquiredOn: toTypedDate(asset.acquiredOn),
    valueRupiah: asset.valueRupiah,
    notes: asset.notes,
  };
}

/** A candidate for the contract schema; what cannot be read stays as typed so the schema names it. */
export function assetCandidate(values: AssetValues) {
  return {
    name: values.name,
    categoryId: values.categoryId === null ? undefined : Number(values.categoryId),
    roomId: values.roomId === null ? undefined : Number(values.roomId),
    brand: values.brand,
    model: values.model,
    serialNumber: values.serialNumber,
    size: values.size,
    material: values.material,
    condition: values.condition,
    source: values.source,
    grantReference: values.grantReference,
    acquiredOn: parseTypedDate(values.acquiredOn) ?? values.acquiredOn,
    valueRupiah: rupiahValue(values.valueRupiah),
    notes: values.notes,
  };
}
