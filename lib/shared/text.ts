// The base of every string input. PostgreSQL's text cannot hold U+0000, and a lone UTF-16
// surrogate has no UTF-8 form (jsonb refuses its \ud800 escape): either one reaching the
// database is a 500. Rejecting them here makes them a 400 naming the field.
import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";

/** The English of its message, as answers carry it by default. */
export const INVALID_TEXT = "Contains an invalid character.";

/** No NUL and no unpaired surrogate; pairs such as emoji are fine. */
export const isStorableText = (value: string) => !value.includes("\u0000") && value.isWellFormed();

/** z.string() that refuses NUL bytes and lone surrogates before any other check runs. */
export const ZText = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(isStorableText, { message: msg("invalidText"), abort: true });
