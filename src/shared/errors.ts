/**
 * Stable error codes that cross the process boundary. The renderer translates each code
 * (i18n key `errors.<CODE>`); `message` in the envelope is an English fallback for logs.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_METHOD',
  'NOT_AUTHENTICATED',
  'FORBIDDEN',
  'SETUP_REQUIRED',
  'ALREADY_SET_UP',
  'LOGIN_FAILED',
  'OPERATOR_DISABLED',
  'OPERATOR_LOCKED',
  'USERNAME_TAKEN',
  'NOT_FOUND',
  'NIK_INVALID',
  'NIK_EXISTS',
  'PROGRAM_NAME_TAKEN',
  'PROGRAM_CODE_TAKEN',
  'CLASS_NAME_TAKEN',
  'ROOM_NAME_TAKEN',
  'INSTRUCTOR_NIK_TAKEN',
  'CLASS_NOT_OPEN',
  'CLASS_DATES_INVALID',
  'QUOTA_BELOW_ENROLLED',
  'ALREADY_ENROLLED',
  'NOT_ELIGIBLE',
  'OVERRIDE_NOT_ALLOWED',
  'STATUS_TRANSITION_INVALID',
  'CLASS_NOT_SAME_PROGRAM',
  'ENROLMENT_NOT_TRANSFERABLE',
  'CLASS_FULL',
  'SESSION_CLASH',
  'SESSION_OUTSIDE_CLASS',
  'SESSION_HAS_ATTENDANCE',
  'NOTHING_TO_SCHEDULE',
  'SCHEDULE_FROZEN',
  'CLASS_CLOSED',
  'NOT_IN_CLASS',
  'ATTENDANCE_NOT_YET',
  'ATTENDANCE_BEFORE_JOINING',
  'UNIT_NOT_IN_PROGRAM',
  'UNIT_IN_USE',
  'CLASS_NOT_FINISHED',
  'NOT_GRADUATED',
  'HEAD_NAME_MISSING',
  'FONT_CANNOT_DRAW',
  'IMAGE_INVALID',
  'CERTIFICATE_LOGO_UNREADABLE',
  'CERTIFICATE_SIGNATURE_UNREADABLE',
  'REPRINT_REASON_REQUIRED',
  'CERTIFICATE_REVOKED',
  'PRINT_JOB_GONE',
  'BACKUP_CHECK_FAILED',
  'LAST_ADMIN',
  'CATEGORY_NAME_TAKEN',
  'CATEGORY_CODE_TAKEN',
  'ASSET_TAG_TAKEN',
  'ASSET_TAG_UNKNOWN',
  'ASSET_NOT_AVAILABLE',
  'ASSET_NOT_CHECKED_OUT',
  'ASSET_NOT_IN_REPAIR',
  'ASSET_KEPT',
  'STOCKTAKE_OPEN',
  'STOCKTAKE_CLOSED',
  'CONSUMABLE_NAME_TAKEN',
  'STOCK_NOT_ENOUGH',
  'MOVEMENT_KEPT',
  'FOLLOW_UP_BEFORE_GRADUATION',
  'FOLLOW_UP_KEPT',
  'COMPANY_NAME_TAKEN',
  'EXPORT_JOB_GONE',
  'FILE_NOT_SPREADSHEET',
  'FILE_TOO_LARGE',
  'IMPORT_GONE',
  'IMPORT_TOO_MANY_ROWS',
  'IMPORT_EMPTY',
  'FILE_IN_USE',
  'FILE_WRITE_FAILED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field-level messages: field path -> i18n key (`fields.<key>`) or plain text. */
export type FieldErrors = Record<string, string>;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
  /** Values to interpolate into the translated message, e.g. the other class's name. */
  params?: Record<string, string | number>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** Thrown by services for a rule the user broke; the router turns it into an envelope. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;
  readonly params: Record<string, string | number> | undefined;
  /** Commit what the call wrote before failing (a wrong password still counts towards the lock). */
  readonly keepWrites: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: FieldErrors; params?: Record<string, string | number>; keepWrites?: boolean } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fields = extra.fields;
    this.params = extra.params;
    this.keepWrites = extra.keepWrites ?? false;
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.params ? { params: this.params } : {}),
    };
  }
}
