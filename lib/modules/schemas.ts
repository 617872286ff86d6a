// Module inputs, shared by the curriculum editor's forms, its server actions and the API.
import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { ZPageQuery } from "@/lib/shared/pagination";
import { ZText } from "@/lib/shared/text";

export const MODULE_TITLE_MAX = 200;
export const MODULE_DESCRIPTION_MAX = 5000;
/** Outlines never get near this; the bound keeps a position a sane 32-bit number. */
export const MAX_POSITION = 10_000;

/** A required, trimmed line of text; a missing or non-text value reads "{field} is required". */
export const ZRequiredText = (max: number) =>
  ZText({ error: msg("fieldRequired") })
    .trim()
    .min(1, msg("fieldRequired"))
    .max(max, msg("fieldMaxLength"));

/** Optional trimmed text; blank is kept as "" (clearing a description). */
export const ZOptionalText = (max: number) => ZText({ error: msg("fieldText") }).trim().max(max, msg("fieldMaxLength"));

/** A 1-based place in an ordered list; past the end means last. */
export const ZPosition = z.number({ error: msg("fieldNumber") }).int(msg("fieldWhole")).min(1, msg("fieldAtLeast")).max(MAX_POSITION, msg("fieldAtMost"));

export const ZCreateModuleInput = z.object({
  title: ZRequiredText(MODULE_TITLE_MAX),
  description: ZOptionalText(MODULE_DESCRIPTION_MAX).optional(),
  /** Where to insert it; at the end when absent. */
  position: ZPosition.optional(),
});

/** PATCH/PUT: any of the fields; `position` moves the module, the others renumber. */
export const ZUpdateModuleInput = ZCreateModuleInput.partial();

export const ZModuleListQuery = ZPageQuery;

export type CreateModuleInput = z.input<typeof ZCreateModuleInput>;
export type CreateModuleData = z.output<typeof ZCreateModuleInput>;
export type UpdateModuleInput = z.input<typeof ZUpdateModuleInput>;
export type UpdateModuleData = z.output<typeof ZUpdateModuleInput>;
