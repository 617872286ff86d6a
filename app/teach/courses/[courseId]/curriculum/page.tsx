import type { Metadata } from "next";
import { CurriculumEditor } from "@/components/curriculum/curriculum-editor";
import { ScopedText } from "@/components/i18n/scoped-text";
import { getT } from "@/lib/i18n/translator";
import { createModuleAction, deleteContentAction, deleteModuleAction, moveContentAction, updateModuleAction } from "./actions";
import { loadOutline } from "./load";

type Props = { params: Promise<{ courseId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [course, t] = await Promise.all([loadOutline((await params).courseId), getT("Curriculum")]);
  return { title: t("metaTitle", { course: course.title }) };
}

export default async function CurriculumPage({ params }: Props) {
  const [course, t] = await Promise.all([loadOutline((await params).courseId), getT("Curriculum")]);
  const modules = course.modules.map((module) => ({
    id: module.id,
    title: module.title,
    description: module.description,
    contents: module.contents.map((content) => ({ id: content.id, title: content.title, type: content.type })),
  }));
  // Counts need plurals, which client text cannot hold: worded here for each module.
  const notes = Object.fromEntries(
    modules.map((module) => [module.id, { items: t("items", { count: module.contents.length }), deleteText: t("deleteModuleText", { count: module.contents.length }) }]),
  );
  return (
    <section aria-labelledby="curriculum-heading" className="space-y-6">
      <div>
        <h2 id="curriculum-heading" className="text-xl font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{t("description")}</p>
      </div>
      <ScopedText namespaces={["CurriculumForms"]}>
        <CurriculumEditor
          courseId={course.id}
          modules={modules}
          notes={notes}
          createModule={createModuleAction}
          updateModule={updateModuleAction}
          deleteModule={deleteModuleAction}
          moveContent={moveContentAction}
          deleteContent={deleteContentAction}
        />
      </ScopedText>
    </section>
  );
}
