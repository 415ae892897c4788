import type { WrittenFile } from '@shared/contract';
import type { Locale } from '@shared/domain';
import { DomainError } from '@shared/errors';
import { dictionaries, interpolate } from '@shared/i18n';
import type { HandlerContext } from '../../context';
import { buildRegistrationReceipt, RECEIPT_LABELS_EN, RECEIPT_LABELS_ID } from '../../pdf/receipt';
import { savePdfWhereClerkChooses } from '../../pdf/save';
import { readParticipant } from '../participants/queries';
import { readBlkProfile } from '../settings/queries';
import { reserveRankOfE } from './seats';

/** A file name that is safe on Windows and says what the file is. */
function receiptFileName(registrationNo: string): string {
  return `Tanda-Terima-${registrationNo.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`;
}

/** Writes the registration receipt where the clerk chooses, then opens it; null if the dialog was cancelled. */
export async function printReceipt(
  ctx: HandlerContext,
  enrolmentId: number,
  locale: Locale,
): Promise<WrittenFile | null> {
  const enrolment = await ctx.db
    .selectFrom('enrolments as e')
    .innerJoin('classes as c', 'c.id', 'e.classId')
    .innerJoin('programs as p', 'p.id', 'c.programId')
    .select(['e.registrationNo', 'e.participantId', 'e.classId', 'e.status', 'e.createdAt'])
    .select(reserveRankOfE)
    .select(['c.name as className', 'c.startDate', 'c.endDate', 'p.name as programName'])
    .where('e.id', '=', enrolmentId)
    .executeTakeFirst();
  if (!enrolment) throw new DomainError('NOT_FOUND', 'No such enrolment', { params: { entity: 'enrolment' } });
  const [blk, person] = await Promise.all([readBlkProfile(ctx.db), readParticipant(ctx.db, enrolment.participantId)]);
  const dictionary = dictionaries[locale];
  const status =
    enrolment.reserveRank === null
      ? dictionary.enrolmentStatus[enrolment.status]
      : interpolate(dictionary.reserveWithRank, { rank: enrolment.reserveRank });
  const address = [person.street, person.village, person.district, person.regencyName].filter(Boolean).join(', ');
  const doc = buildRegistrationReceipt(
    {
      blkName: blk.name,
      blkAddress: blk.address,
      registrationNo: enrolment.registrationNo,
      issuedAt: enrolment.createdAt,
      participant: {
        fullName: person.fullName,
        nik: person.nik,
        birthPlace: person.birthPlace,
        birthDate: person.birthDate,
        sex: person.sex,
        phone: person.phone,
        address,
      },
      klass: {
        name: enrolment.className,
        programName: enrolment.programName,
        startDate: enrolment.startDate,
        endDate: enrolment.endDate,
      },
      status,
      operatorName: ctx.session?.fullName ?? '',
    },
    locale === 'id' ? RECEIPT_LABELS_ID : RECEIPT_LABELS_EN,
  );
  return savePdfWhereClerkChooses(ctx.platform, doc, receiptFileName(enrolment.registrationNo));
}
