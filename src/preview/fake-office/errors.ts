// Errors shaped like Office.js's OfficeExtension.Error ("RichApi.Error" with a string code), so
// the adapter's error mapping is exercised by the same shape Excel throws.

export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidOperationInCellEditMode'
  | 'AccessDenied'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };

  constructor(public readonly code: FakeErrorCode, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
