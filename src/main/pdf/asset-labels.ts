/**
 * Asset label sheets: A4 portrait, 3 x 8 labels per page, each with a QR holding the tag, the tag
 * in large type and a short name, for printing on sticker paper and sticking on the equipment.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

export interface AssetLabel {
  tag: string;
  name: string;
  roomName: string;
}

export function buildAssetLabelsPdf(blkName: string, labels: AssetLabel[]): TDocumentDefinitions {
  throw new Error(`not built yet: ${blkName} ${labels.length}`);
}
