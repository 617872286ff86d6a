"use client";
// The curriculum editor: a course's modules in order, each with its contents. Every move
// (drag, keyboard drag, up/down buttons, "move to module") is one server action that
// changes one position; the page shows the move at once (useOptimistic) and, when the
// action's answer re-renders the page from the server, the server's order. A failed move
// falls back to that order by itself and says why in a toast.
import { DndContext } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useEffect, useOptimistic, useRef, useState, useTransition } from "react";
import type {
  createModuleAction,
  deleteContentAction,
  deleteModuleAction,
  moveContentAction,
  updateModuleAction,
} from "@/app/teach/courses/[courseId]/curriculum/actions";
import { useClientText } from "@/components/i18n/client-text";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LayersIcon } from "@/components/ui/icons";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/action";
import { type ModuleNotes, ModuleCard } from "./module-card";
import { LazyModuleForm } from "./lazy-module-form";
import { locateContent, moveContent, moveModule, type Outline } from "./outline";
import { dragId, type OutlineMove, useOutlineDrag } from "./use-outline-drag";

type CurriculumEditorProps = {
  courseId: number;
  modules: Outline;
  /** Per module: its item count and its delete warning, worded (with plurals) by the page. */
  notes: Record<number, ModuleNotes>;
  createModule: typeof createModuleAction;
  updateModule: typeof updateModuleAction;
  deleteModule: typeof deleteModuleAction;
  moveContent: typeof moveContentAction;
  deleteContent: typeof deleteContentAction;
};

export function CurriculumEditor({ courseId, modules, notes, createModule, updateModule, deleteModule, moveContent: sendContentMove, deleteContent }: CurriculumEditorProps) {
  const t = useClientText("CurriculumForms");
  const [outline, showOutline] = useOptimistic(modules);
  const [, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState("");
  const focusAfterMove = useRef<string | null>(null);

  const send = (move: OutlineMove, current: Outline) => {
    if (move.kind === "module") return updateModule({ courseId, moduleId: move.moduleId, input: { position: move.index + 1 } });
    const from = locateContent(current, move.contentId);
    const fromModuleId = (from && current[from.moduleIndex]?.id) ?? move.moduleId;
    return sendContentMove({ courseId, moduleId: fromModuleId, contentId: move.contentId, input: { moduleId: move.moduleId, position: move.index + 1 } });
  };

  const commit = (next: Outline, move: OutlineMove, current: Outline) =>
    startTransition(async () => {
      showOutline(next);
      const result = await send(move, current);
      if (!result.ok) {
        toast(result.error, "error");
        setAnnouncement("");
      }
    });

  const drag = useOutlineDrag({
    outline,
    onMove: (next, move) => commit(next, move, outline),
    words: {
      pickedUp: (title) => t("dnd.pickedUp", { title }),
      over: (title, place) => (place.module ? t("dnd.contentOver", { title, ...place, module: place.module }) : t("dnd.moduleOver", { title, ...place })),
      dropped: (title, place) => (place.module ? t("dnd.contentDropped", { title, ...place, module: place.module }) : t("dnd.moduleDropped", { title, ...place })),
      outside: (title) => t("dnd.outside", { title }),
      cancelled: (title) => t("dnd.cancelled", { title }),
    },
  });
  const shown = drag.shown;

  // A moved row may be re-inserted into the page, which drops focus: put it back on the
  // control that moved it, or on the row's handle when that control is now disabled.
  useEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = null;
    const control = document.querySelector<HTMLButtonElement>(`[data-move="${wanted}"]`);
    const target = control && !control.disabled ? control : document.querySelector<HTMLElement>(`[data-move="${wanted.replace(/-(up|down)$/, "-handle")}"]`);
    target?.focus();
  }, [shown]);

  const moveModuleBy = (moduleId: number, toIndex: number, control: string) => {
    const moved = outline.find((item) => item.id === moduleId);
    if (!moved) return;
    focusAfterMove.current = `module-${moduleId}-${control}`;
    setAnnouncement(t("movedModule", { title: moved.title, position: toIndex + 1, count: outline.length }));
    commit(moveModule(outline, moduleId, toIndex), { kind: "module", moduleId, index: toIndex }, outline);
  };

  const moveContentBy = (contentId: number, toModuleId: number, toIndex: number, control: string) => {
    const next = moveContent(outline, contentId, toModuleId, toIndex);
    const place = locateContent(next, contentId);
    const target = place && next[place.moduleIndex];
    const content = place && target?.contents[place.index];
    if (!place || !target || !content) return;
    focusAfterMove.current = `content-${contentId}-${control}`;
    setAnnouncement(t("movedContent", { title: content.title, position: place.index + 1, count: target.contents.length, module: target.title }));
    commit(next, { kind: "content", contentId, moduleId: toModuleId, index: place.index }, outline);
  };

  const report = (result: ActionResult<unknown>, done: string) => (result.ok ? toast(done) : toast(result.error, "error"));

  return (
    <div className="space-y-8">
      {shown.length === 0 ? (
        <EmptyState icon={<LayersIcon />} title={t("emptyTitle")} description={t("emptyText")} />
      ) : (
        <DndContext id="curriculum" {...drag.context} accessibility={{ ...drag.context.accessibility, screenReaderInstructions: { draggable: t("dnd.instructions") } }}>
          <SortableContext id="modules" items={shown.map((module) => dragId("module", module.id))} strategy={verticalListSortingStrategy}>
            <ol aria-label={t("modulesLabel")} className="space-y-5">
              {shown.map((module, index) => (
                <ModuleCard
                  key={module.id}
                  module={module}
                  index={index}
                  modules={shown}
                  notes={notes[module.id]}
                  contentHref={(contentId) => `/teach/courses/${courseId}/contents/${contentId}`}
                  newContentPath={`/teach/courses/${courseId}/contents/new`}
                  save={(input) => updateModule({ courseId, moduleId: module.id, input })}
                  onMoveModule={(toIndex, control) => moveModuleBy(module.id, toIndex, control)}
                  onMoveContent={moveContentBy}
                  onDeleteModule={async () => report(await deleteModule({ courseId, moduleId: module.id }), t("moduleDeleted", { title: module.title }))}
                  onDeleteContent={async (contentId, title) => report(await deleteContent({ courseId, moduleId: module.id, contentId }), t("contentDeleted", { title }))}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <Card>
        <CardHeader title={t("addModuleTitle")} description={t("addModuleText")} />
        <CardBody>
          <LazyModuleForm
            id="new-module"
            initial={{ title: "", description: "" }}
            submitLabel={t("addModule")}
            savedMessage={t("moduleAdded")}
            save={(input) => createModule({ courseId, input })}
          />
        </CardBody>
      </Card>
    </div>
  );
}
