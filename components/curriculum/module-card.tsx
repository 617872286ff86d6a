"use client";
// One module of the curriculum editor: its header (drag handle, title, moves, edit, delete),
// its contents as a sortable list that also takes contents dragged from other modules, and
// the way to add a content to it.
import { useDroppable } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useState } from "react";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { cx } from "@/components/ui/cx";
import { AddContentForm } from "./add-content-form";
import { ContentRow } from "./content-row";
import { DragHandle, MoveButtons } from "./move-controls";
import { LazyModuleForm } from "./lazy-module-form";
import type { SaveModule } from "./module-form";
import type { OutlineModule } from "./outline";
import { dragId } from "./use-outline-drag";

export type ModuleNotes = { items: string; deleteText: string };

type ModuleCardProps = {
  module: OutlineModule;
  index: number;
  modules: readonly OutlineModule[];
  notes: ModuleNotes | undefined;
  contentHref: (contentId: number) => string;
  newContentPath: string;
  save: SaveModule;
  onMoveModule: (toIndex: number, control: string) => void;
  onMoveContent: (contentId: number, toModuleId: number, toIndex: number, control: string) => void;
  onDeleteModule: () => Promise<unknown>;
  onDeleteContent: (contentId: number, title: string) => Promise<unknown>;
};

export function ModuleCard(props: ModuleCardProps) {
  const { module, index, modules, notes, contentHref, newContentPath, save, onMoveModule, onMoveContent, onDeleteModule, onDeleteContent } = props;
  const t = useClientText("CurriculumForms");
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: dragId("module", module.id),
    data: { kind: "module", id: module.id },
    attributes: { roleDescription: t("dnd.roleDescription") },
  });
  const { setNodeRef: setListRef, isOver } = useDroppable({ id: dragId("list", module.id), data: { kind: "list", id: module.id } });
  const key = `module-${module.id}`;
  const headingId = `${key}-heading`;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-labelledby={headingId}
      className={cx("rounded-xl border border-slate-200 bg-white shadow-xs", isDragging && "relative z-10 shadow-lg ring-1 ring-brand-200")}
    >
      <div className="flex flex-wrap items-start gap-3 border-b border-slate-100 bg-slate-50/70 px-3 py-3 sm:px-4">
        <DragHandle ref={setActivatorNodeRef} label={t("dragModule", { title: module.title })} {...attributes} {...listeners} data-move={`${key}-handle`} />
        <div className="min-w-0 flex-1 basis-48">
          <h2 id={headingId} className="font-semibold break-words text-slate-900">
            <span className="text-slate-600">{t("moduleNumber", { number: index + 1 })} </span>
            {module.title}
          </h2>
          {module.description && <p className="mt-1 text-sm break-words text-slate-600">{module.description}</p>}
          {notes && <p className="mt-1 text-xs text-slate-600">{notes.items}</p>}
        </div>
        <div className="flex flex-wrap items-center gap-1.5">
          <MoveButtons
            id={key}
            upLabel={t("moveModuleUp", { title: module.title })}
            downLabel={t("moveModuleDown", { title: module.title })}
            canUp={index > 0}
            canDown={index < modules.length - 1}
            onUp={() => onMoveModule(index - 1, "up")}
            onDown={() => onMoveModule(index + 1, "down")}
          />
          <Button variant="ghost" size="sm" aria-expanded={editing} aria-controls={`${key}-edit`} onClick={() => setEditing(!editing)}>
            {t("edit")}
            <span className="sr-only"> {module.title}</span>
          </Button>
          <ConfirmDialog
            triggerLabel={
              <>
                {t("delete")}
                <span className="sr-only"> {module.title}</span>
              </>
            }
            triggerVariant="ghost"
            triggerSize="sm"
            title={t("deleteModuleTitle", { title: module.title })}
            description={notes?.deleteText}
            confirmLabel={t("deleteModuleConfirm")}
            cancelLabel={t("cancel")}
            onConfirm={onDeleteModule}
          />
        </div>
      </div>
      {editing && (
        <div id={`${key}-edit`} className="border-b border-slate-100 px-4 py-4">
          <LazyModuleForm
            id={key}
            initial={{ title: module.title, description: module.description }}
            submitLabel={t("saveModule")}
            savedMessage={t("moduleSaved")}
            save={save}
            onDone={() => setEditing(false)}
          />
        </div>
      )}
      <SortableContext id={key} items={module.contents.map((content) => dragId("content", content.id))} strategy={verticalListSortingStrategy}>
        <div ref={setListRef} className={cx("min-h-12", isOver && "bg-brand-50/60")}>
          {module.contents.length === 0 ? (
            <p className="px-4 py-3 text-sm text-slate-600">{t("noContents")}</p>
          ) : (
            <ol aria-label={t("moduleContents", { title: module.title })} className="divide-y divide-slate-100">
              {module.contents.map((content, contentIndex) => (
                <ContentRow
                  key={content.id}
                  content={content}
                  index={contentIndex}
                  count={module.contents.length}
                  module={module}
                  modules={modules}
                  href={contentHref(content.id)}
                  onMove={(toModuleId, toIndex, control) => onMoveContent(content.id, toModuleId, toIndex, control)}
                  onDelete={() => onDeleteContent(content.id, content.title)}
                />
              ))}
            </ol>
          )}
        </div>
      </SortableContext>
      <div className="border-t border-slate-100 px-3 py-3 sm:px-4">
        {adding ? (
          <AddContentForm id={key} moduleId={module.id} moduleTitle={module.title} path={newContentPath} onCancel={() => setAdding(false)} />
        ) : (
          <Button variant="secondary" size="sm" onClick={() => setAdding(true)}>
            {t("addContent")}
            <span className="sr-only"> {t("toModule", { title: module.title })}</span>
          </Button>
        )}
      </div>
    </li>
  );
}
