// Modules as the API shows them, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";
import { contentTypeLabels } from "@/lib/shared/labels";

export const ZModuleContentItem = z
  .object({ id: z.number().int(), title: z.string(), type: z.enum(contentTypeLabels.labels as [string, ...string[]]), position: z.number().int() })
  .meta({ id: "ModuleContentItem" });

export const ZModuleView = z
  .object({
    id: z.number().int(),
    courseId: z.number().int(),
    programId: z.number().int().meta({ description: "The same as courseId, for clients of the /programs paths" }),
    title: z.string(),
    description: z.string(),
    position: z.number().int().meta({ description: "1-based place in the course; dense (1..n)" }),
    contents: z.array(ZModuleContentItem).meta({ description: "The module's outline, in order" }),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
  })
  .meta({ id: "Module" });
