import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTimeZone } from "next-intl/server";
import { ContentEditor } from "@/components/teach/content-editor";
import { newContentValues } from "@/components/teach/content-values";
import { CONTENT_TITLE_MAX } from "@/lib/contents/schemas";
import { getT } from "@/lib/i18n/translator";
import { contentTypeLabels } from "@/lib/shared/labels";
import { loadOutline } from "../../curriculum/load";
import { saveContentAction } from "../actions";

// The editor of a content not created yet: the curriculum's "Add content" opens it with the
// module, the type and a title; its first save creates the content.
type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<{ module?: string; type?: string; title?: string }> };

async function load({ params, searchParams }: Props) {
  const [{ courseId }, query] = await Promise.all([params, searchParams]);
  const course = await loadOutline(courseId);
  const target = course.modules.find((item) => String(item.id) === query.module);
  const type = contentTypeLabels.schema.safeParse(query.type ?? "");
  if (!target || !type.success) notFound();
  return { course, module: target, type: type.data, title: typeof query.title === "string" ? query.title.slice(0, CONTENT_TITLE_MAX) : "" };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ course, type }, t] = await Promise.all([load(props), getT("ContentEditor")]);
  return { title: t("metaTitle", { title: t("newContent", { type: contentTypeLabels.label(type) }), course: course.title }) };
}

export default async function NewContentPage(props: Props) {
  const [{ course, module, type, title }, timeZone] = await Promise.all([load(props), getTimeZone()]);
  return <ContentEditor course={course} module={module} contentId={null} values={newContentValues(type, title)} save={saveContentAction} timeZone={timeZone} />;
}
