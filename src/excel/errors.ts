// Office errors in plain words. Excel throws OfficeExtension.Error with a string `code`; the pane
// shows HostError messages as they are, so each kind says what happened and what to do.
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

export const MESSAGES: Record<HostErrorKind, string> = {
  busy: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.',
  protected: 'Trang tính đang được bảo vệ nên không ghi được. Bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
  empty: 'Trang tính này trống: mở sheet có bảng ngân sách rồi thử lại.',
  'too-large': 'Vùng dữ liệu quá lớn để Excel gửi một lần. Chọn một vùng nhỏ hơn (chỉ bảng cần kiểm tra) rồi dùng "Chỉ vùng chọn".',
  'not-found': 'Không tìm thấy trang tính hoặc ô cần dùng; có thể nó đã bị đổi tên hoặc xóa.',
  unsupported: 'Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Cần Excel 2021, Excel cho web hoặc Microsoft 365.',
  other: 'Excel báo lỗi không rõ nguyên nhân. Thử lại; nếu vẫn lỗi, lưu tệp và mở lại Excel.',
};

export function hostError(kind: HostErrorKind, detail?: string): HostError {
  return new HostError(kind, detail ? `${MESSAGES[kind]} (${detail})` : MESSAGES[kind]);
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
