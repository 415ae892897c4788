/**
 * Berita acara serah terima (hand-over) and pengembalian (return) of workshop equipment: who
 * takes or brings back what, in which condition, with signature lines for both sides and the
 * head of the BLK.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AssetCondition, BorrowerKind } from '@shared/equipment';

export interface LoanReceiptDocument {
  kind: 'handover' | 'return';
  blk: { name: string; address: string; city: string; headName: string; headNip: string; headTitle: string };
  /** The loan's number as shown on screen, e.g. "PJM-0042". */
  loanNumber: string;
  /** ISO date of the hand-over (checked out on) or of the return. */
  date: string;
  borrowerKind: BorrowerKind;
  /** The instructor's, class's or MTU site's name. */
  borrower: string;
  responsibleName: string;
  purpose: string;
  checkedOutOn: string;
  dueOn: string;
  operatorName: string;
  items: {
    tag: string;
    name: string;
    brand: string;
    serialNumber: string;
    conditionOut: AssetCondition;
    conditionIn: AssetCondition | null;
    returnedOn: string | null;
    damageNote: string;
  }[];
}

export function buildLoanReceiptPdf(doc: LoanReceiptDocument): TDocumentDefinitions {
  throw new Error(`not built yet: ${doc.loanNumber}`);
}
