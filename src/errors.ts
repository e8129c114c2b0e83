/** Codes of {@link CorroborateError}: what kind of API misuse it reports. */
export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'MISSING_FIELD'
  | 'INVALID_TYPE'
  | 'CONFLICTING_FIELDS'
  | 'INVALID_DATE'
  | 'DUPLICATE_ID'
  | 'TOO_LARGE';

/**
 * Thrown only for misuse of the API (a missing id, a non-string text, an invalid date, input over the
 * size limit). Odd content never throws: the report says what could not be done.
 */
export class CorroborateError extends Error {
  override readonly name = 'CorroborateError';
  constructor(
    readonly code: ErrorCode,
    /** The path of the offending field, e.g. `a.publishedAt` or `b.sentences[3]`. */
    readonly field: string,
    message: string,
  ) {
    super(`\`${field}\`: ${message}`);
  }
}

export function fail(code: ErrorCode, field: string, message: string): never {
  throw new CorroborateError(code, field, message);
}
