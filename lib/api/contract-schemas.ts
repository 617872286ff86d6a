// Schemas of the API contract that every /api/v1 route shares: path ids, the envelope,
// pagination and errors. They parse requests in the route wrapper and describe the same
// shapes in the OpenAPI document.
import "zod-openapi";
import { z } from "zod";

const MAX_ID = 2_147_483_647;

/** A path id such as {courseId}: a positive 32-bit integer, else 400 naming the parameter. */
export const ZPathId = (name: string) =>
  z
    .string()
    .regex(/^\d{1,10}$/, "must be a positive integer")
    .transform(Number)
    .refine((id) => id >= 1 && id <= MAX_ID, "must be a positive integer")
    .meta({ description: `${name}, a positive integer`, override: { type: "integer", minimum: 1, maximum: MAX_ID } });

export const ZFieldError = z.object({ field: z.string().optional(), message: z.string() }).meta({ id: "FieldError" });

export const ZPagination = z
  .object({
    currentRecords: z.number().int(),
    totalRecords: z.number().int(),
    currentPage: z.number().int(),
    totalPages: z.number().int(),
    nextPage: z.number().int().nullable(),
    prevPage: z.number().int().nullable(),
  })
  .meta({ id: "Pagination" });

export const ZErrorEnvelope = z
  .object({
    success: z.literal(false),
    statusCode: z.number().int(),
    message: z.string(),
    data: z.null(),
    errors: z.array(ZFieldError).meta({ description: "One entry per invalid field; a single entry without field otherwise." }),
  })
  .meta({ id: "ErrorEnvelope" });

/** The success envelope around a route's data. */
export const envelopeOf = (data: z.ZodType, opts: { paginated?: boolean } = {}) =>
  z.object({
    success: z.literal(true),
    statusCode: z.number().int(),
    message: z.string(),
    data,
    ...(opts.paginated ? { pagination: ZPagination } : {}),
    errors: z.null(),
  });

/** data: null, for answers that carry only a message. */
export const ZNoData = z.null();

/** ISO-8601 UTC timestamps as the API sends them. */
export const ZTimestamp = z.iso.datetime();
