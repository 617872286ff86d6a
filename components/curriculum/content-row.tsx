"use client";
// One content of a module in the curriculum editor: a drag handle, its title linking to its
// editor, and the keyboard's way to move it (up, down, to another module) and delete it.
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";
import { ContentTypeIcon } from "@/components/courses/content-type-icon";
import { useClientText } from "@/components/i18n/client-text";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { cx } from "@/components/ui/cx";
import { Select } from "@/components/ui/select";
import { dragId } from "./use-outline-drag";
import { DragHandle, MoveButtons } from "./move-controls";
import type { OutlineContent, OutlineModule } from "./outline";

type ContentRowProps = {
  content: OutlineContent;
  index: number;
  count: number;
  module: OutlineModule;
  modules: readonly OutlineModule[];
  href: string;
  onMove: (toModuleId: number, toIndex: number, control: string) => void;
  onDelete: () => Promise<unknown>;
};

export function ContentRow({ content, index, count, module, modules, href, onMove, onDelete }: ContentRowProps) {
  const t = useClientText("CurriculumForms");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: dragId("content", content.id),
    data: { kind: "content", id: content.id },
    attributes: { roleDescription: t("dnd.roleDescription") },
  });
  const typeName = t(`types.${content.type as "Lesson"}`);
  const others = modules.filter((other) => other.id !== module.id);
  const key = `content-${content.id}`;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cx("flex flex-wrap items-center gap-x-3 gap-y-2 bg-white px-3 py-2.5 sm:px-4", isDragging && "relative z-10 shadow-lg ring-1 ring-brand-200")}
    >
      <DragHandle ref={setActivatorNodeRef} label={t("dragContent", { title: content.title })} {...attributes} {...listeners} data-move={`${key}-handle`} />
      <ContentTypeIcon type={content.type} className="size-4 shrink-0 text-slate-500" />
      <span className="min-w-0 flex-1 basis-40">
        <Link href={href} className="text-link break-words">
          {content.title}
        </Link>
        <span className="ml-2 text-xs font-medium text-slate-600">{typeName}</span>
      </span>
      <span className="flex flex-wrap items-center gap-1.5">
        <MoveButtons
          id={key}
          upLabel={t("moveContentUp", { title: content.title })}
          downLabel={t("moveContentDown", { title: content.title })}
          canUp={index > 0}
          canDown={index < count - 1}
          onUp={() => onMove(module.id, index - 1, "up")}
          onDown={() => onMove(module.id, index + 1, "down")}
        />
        {others.length > 0 && (
          <Select
            aria-label={t("moveToModuleLabel", { title: content.title })}
            value=""
            onChange={(event) => {
              const target = others.find((other) => String(other.id) === event.target.value);
              if (target) onMove(target.id, target.contents.length, "handle");
            }}
            className="w-40"
          >
            <option value="">{t("moveToModule")}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.title}
              </option>
            ))}
          </Select>
        )}
        <ConfirmDialog
          triggerLabel={
            <>
              {t("delete")}
              <span className="sr-only"> {content.title}</span>
            </>
          }
          triggerVariant="ghost"
          triggerSize="sm"
          title={t("deleteContentTitle", { title: content.title })}
          description={t("deleteContentText")}
          confirmLabel={t("deleteContentConfirm")}
          cancelLabel={t("cancel")}
          onConfirm={onDelete}
        />
      </span>
    </li>
  );
}
