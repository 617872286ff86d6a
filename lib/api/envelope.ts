// The seed-001 envelope, on every /api response, success or error.
import type { FieldError } from "@/lib/errors";
import type { Pagination } from "@/lib/shared/pagination";

export type Envelope = {
  success: boolean;
  statusCode: number;
  message: string;
  data: unknown;
  pagination?: Pagination;
  errors: FieldError[] | null;
};

export type ApiResult = { status?: number; message: string; data?: unknown; pagination?: Pagination; headers?: Record<string, string> };

export function successBody({ status = 200, message, data = null, pagination }: ApiResult): Envelope {
  return { success: true, statusCode: status, message, data, ...(pagination ? { pagination } : {}), errors: null };
}

export function errorBody(status: number, message: string, errors: FieldError[] = []): Envelope {
  return { success: false, statusCode: status, message, data: null, errors: errors.length ? errors : [{ message }] };
}
