// Modules as pages and the API show them: the module with its contents' outline. `programId`
// repeats `courseId` for clients of the contract's /programs paths.
import { contentOrder } from "@/lib/contents/views";
import type { ModuleGetPayload, ModuleSelect } from "@/lib/generated/prisma/models";
import { contentTypeLabels } from "@/lib/shared/labels";

export const moduleOrder = [{ position: "asc" as const }, { id: "asc" as const }];

export const moduleSelect = {
  id: true,
  courseId: true,
  title: true,
  description: true,
  position: true,
  createdAt: true,
  updatedAt: true,
  contents: { orderBy: contentOrder, select: { id: true, title: true, type: true, position: true } },
} satisfies ModuleSelect;

type ModuleRow = ModuleGetPayload<{ select: typeof moduleSelect }>;

export function toModuleView(row: ModuleRow) {
  return {
    id: row.id,
    courseId: row.courseId,
    programId: row.courseId,
    title: row.title,
    description: row.description,
    position: row.position,
    contents: row.contents.map((content) => ({ id: content.id, title: content.title, type: contentTypeLabels.label(content.type), position: content.position })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type ModuleView = ReturnType<typeof toModuleView>;
