import { basename } from 'node:path';
import type {
  ImportFile,
  ImportPreview,
  ImportPreviewRow,
  ImportRowStatus,
  importsContract,
} from '@shared/contract/imports';
import { todayIn } from '@shared/time';
import type { HandlerContext, HandlerMap } from '../../context';
import { participantsHandlers } from '../participants/handlers';
import { type EvaluatedRow, evaluateRows } from './evaluate';
import { suggestMapping } from './headings';
import { type ColumnMapping, checkMapping } from './mapping';
import { readSpreadsheet } from './read';
import { forgetImport, keepImport, requireImport } from './store';

const SAMPLE_ROWS = 5;
const SAMPLE_CELL_CHARS = 80;
const PREVIEW_ROWS = 500;

async function evaluateImport(
  ctx: HandlerContext,
  options: { importId: string; mapping: ColumnMapping; merge: boolean },
) {
  const { sheet } = requireImport(options.importId);
  checkMapping(options.mapping, sheet.headers.length);
  return evaluateRows(ctx.db, sheet.rows, options.mapping, options.merge, todayIn(ctx.now));
}

function countStatuses(rows: readonly EvaluatedRow[]): Record<ImportRowStatus, number> {
  const counts: Record<ImportRowStatus, number> = { new: 0, update: 0, unchanged: 0, exists: 0, invalid: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

const previewRow = ({ values: _values, ...row }: EvaluatedRow): ImportPreviewRow => row;

export const importsHandlers: HandlerMap<keyof typeof importsContract> = {
  'imports.open': async (ctx): Promise<ImportFile | null> => {
    const path = await ctx.platform.chooseOpenPath({
      filters: [{ name: 'CSV / Excel (.xlsx)', extensions: ['csv', 'xlsx'] }],
    });
    if (path === null) return null;
    const sheet = await readSpreadsheet(path);
    const fileName = basename(path);
    return {
      importId: keepImport({ fileName, sheet }),
      fileName,
      format: sheet.format,
      headers: sheet.headers,
      rowCount: sheet.rows.length,
      sample: sheet.rows
        .slice(0, SAMPLE_ROWS)
        .map((row) => sheet.headers.map((_, column) => (row.cells[column]?.text ?? '').slice(0, SAMPLE_CELL_CHARS))),
      suggestedMapping: suggestMapping(sheet.headers),
    };
  },

  'imports.preview': async (ctx, options): Promise<ImportPreview> => {
    const rows = await evaluateImport(ctx, options);
    // Invalid rows first (the clerk fixes those), the rest in file order; sort is stable.
    const ordered = [...rows].sort((a, b) => Number(b.status === 'invalid') - Number(a.status === 'invalid'));
    return { counts: countStatuses(rows), rows: ordered.slice(0, PREVIEW_ROWS).map(previewRow) };
  },

  /**
   * Recomputes every row in the router's transaction and writes through participants.create and
   * participants.update, so each person gets the form's checks and an audit row; one failure rolls
   * back the whole file.
   */
  'imports.commit': async (ctx, options) => {
    const rows = await evaluateImport(ctx, options);
    for (const row of rows) {
      if (row.values === null) continue;
      if (row.status === 'new') await participantsHandlers['participants.create'](ctx, row.values);
      else if (row.status === 'update' && row.existingId !== null) {
        await participantsHandlers['participants.update'](ctx, { id: row.existingId, ...row.values });
      }
    }
    forgetImport(options.importId);
    const counts = countStatuses(rows);
    return {
      created: counts.new,
      updated: counts.update,
      unchanged: counts.unchanged,
      skippedExisting: counts.exists,
      invalid: counts.invalid,
    };
  },

  'imports.discard': async (_ctx, { importId }) => {
    forgetImport(importId);
    return null;
  },
};
