// The user as the API shows it, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";
import { memberLevelLabels, roleLabels } from "@/lib/shared/labels";

export const ZUserView = z
  .object({
    id: z.number().int(),
    email: z.email(),
    username: z.string(),
    fullName: z.string(),
    role: z.enum(roleLabels.labels as [string, ...string[]]),
    memberLevel: z.enum(memberLevelLabels.labels as [string, ...string[]]),
    avatarUrl: z.string().nullable(),
    activated: z.boolean(),
    disabled: z.boolean(),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
    notifyOnReply: z.boolean().meta({ description: "Whether they are mailed when someone replies to their comment" }),
  })
  .meta({ id: "User" });
