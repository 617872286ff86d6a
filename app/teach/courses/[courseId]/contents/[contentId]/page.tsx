import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTimeZone } from "next-intl/server";
import { ContentEditor } from "@/components/teach/content-editor";
import { storedContentValues } from "@/components/teach/content-values";
import { getT } from "@/lib/i18n/translator";
import { loadCurriculum } from "../../curriculum/load";
import { saveContentAction } from "../actions";

type Props = { params: Promise<{ courseId: string; contentId: string }> };

/** The content and its module, or the not-found page. */
async function load(params: Props["params"]) {
  const { courseId, contentId } = await params;
  const { course, modules } = await loadCurriculum(courseId, `/teach/courses/${courseId}/contents/${contentId}`);
  for (const part of modules) {
    const content = part.contents.find((item) => String(item.id) === contentId);
    if (content && !content.locked) return { course, module: part, content };
  }
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ course, content }, t] = await Promise.all([load(params), getT("ContentEditor")]);
  return { title: t("metaTitle", { title: content.title, course: course.title }) };
}

export default async function ContentEditorPage({ params }: Props) {
  const [{ course, module, content }, timeZone] = await Promise.all([load(params), getTimeZone()]);
  return (
    <ContentEditor
      course={course}
      module={module}
      contentId={content.id}
      values={storedContentValues(content, timeZone)}
      save={saveContentAction}
      timeZone={timeZone}
      file={content.type === "File" ? content.file : null}
    />
  );
}
