// Office errors in plain words. Excel throws OfficeExtension.Error with a string `code`; the pane
// shows HostError messages as they are, so each kind says what happened and what to do.
import { texts } from '../core/i18n/pane';
import { HostError, type HostErrorKind } from './host';

const BY_CODE: Record<string, HostErrorKind> = {
  InvalidOperationInCellEditMode: 'busy',
  AccessDenied: 'protected',
  ItemNotFound: 'not-found',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  RequestPayloadSizeLimitExceeded: 'too-large',
  RangeExceedsLimit: 'too-large',
  OperationCellsExceedLimit: 'too-large',
  ApiNotFound: 'unsupported',
  UnsupportedFeature: 'unsupported',
  UnsupportedOperation: 'unsupported',
  NotImplemented: 'unsupported',
};

/** The error of `kind`, its message the catalog's (the pane shows the catalog's words by kind, in the pane's language). */
export function hostError(kind: HostErrorKind, detail?: string): HostError {
  const said = texts.vi.errors[kind];
  return new HostError(kind, detail ? `${said} (${detail})` : said);
}

interface OfficeLikeError {
  code: string;
  message: string;
}

function isOfficeError(e: unknown): e is OfficeLikeError {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string';
}

/**
 * Turns an Office error into a HostError. Anything else (a bug in our code) is returned as it
 * is, so it surfaces with its own stack instead of being dressed up as an Excel problem.
 */
export function toHostError(e: unknown): unknown {
  if (e instanceof HostError || !isOfficeError(e)) return e;
  const kind = BY_CODE[e.code] ?? 'other';
  // For an unknown Excel error the code is the only clue a helper will have; keep it visible.
  return kind === 'other' ? hostError('other', `${e.code}: ${e.message}`) : hostError(kind);
}

/** Runs an Office call and rethrows its failure as a HostError. */
export async function mapOfficeErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw toHostError(e);
  }
}
