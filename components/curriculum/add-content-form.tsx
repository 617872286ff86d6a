"use client";
// Adding a content to a module: its type and title open the type's editor, where the first
// save creates it. A video needs its URL and a quiz its questions before the API accepts
// them, so no content exists half-made; the editor's unsaved-changes warning covers leaving.
import Form from "next/form";
import { RadioGroup } from "@/components/forms/choice-fields";
import { TextField } from "@/components/forms/text-field";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";

/** The types in the order the picker offers them, by their display labels. */
const CONTENT_TYPES = ["Lesson", "Video", "Link", "File", "Quiz", "Assignment"] as const;

type AddContentFormProps = { id: string; moduleId: number; moduleTitle: string; path: string; onCancel: () => void };

export function AddContentForm({ id, moduleId, moduleTitle, path, onCancel }: AddContentFormProps) {
  const t = useClientText("CurriculumForms");
  return (
    <Form action={path} className="space-y-4">
      <input type="hidden" name="module" value={moduleId} />
      <RadioGroup
        name="type"
        id={`${id}-type`}
        label={t("addContentTo", { title: moduleTitle })}
        look="cards"
        defaultValue="Lesson"
        choices={CONTENT_TYPES.map((type) => ({ value: type, label: t(`types.${type}`), hint: t(`typeHints.${type}`) }))}
      />
      <TextField name="title" id={`${id}-new-title`} label={t("contentTitle")} autoComplete="off" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit">{t("continue")}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </Form>
  );
}
