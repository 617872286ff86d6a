"use client";
// One course's status and teacher, changed together from the admins' course list. The rules
// (publishing needs content, whom a course may go to) are lib/courses'; their refusals come
// back as a toast and the row shows what is stored again.
import { useRouter } from "next/navigation";
import { type FormEvent, useTransition } from "react";
import type { updateCourseAdminAction } from "@/app/admin/courses/actions";
import { type Option, SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

type Labels = { status: string; teacher: string; save: string; saveLabel: string; saved: string; nothingChanged: string };

type Props = {
  course: { id: number; status: string; teacherId: number };
  statuses: readonly Option[];
  teachers: readonly Option[];
  labels: Labels;
  update: typeof updateCourseAdminAction;
};

export function CourseAdminForm({ course, statuses, teachers, labels, update }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const status = String(fields.get("status"));
    const teacherId = Number(fields.get("teacherId"));
    const changes = { ...(status !== course.status && { status }), ...(teacherId !== course.teacherId && { teacherId }) };
    if (Object.keys(changes).length === 0) return toast(labels.nothingChanged, "info");
    startTransition(async () => {
      const result = await update({ courseId: course.id, changes });
      toast(result.ok ? labels.saved : result.error, result.ok ? "success" : "error");
      // A refusal leaves the stored values: the selects go back to them.
      if (!result.ok) form.reset();
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} className="flex min-w-44 flex-wrap items-center gap-2">
      <SelectField name="status" id={`course-${course.id}-status`} label={labels.status} hideLabel options={statuses} defaultValue={course.status} className="w-full sm:w-36" />
      <SelectField name="teacherId" id={`course-${course.id}-teacher`} label={labels.teacher} hideLabel options={teachers} defaultValue={String(course.teacherId)} className="w-full sm:w-48" />
      <Button type="submit" variant="secondary" size="sm" pending={pending} aria-label={labels.saveLabel}>
        {labels.save}
      </Button>
    </form>
  );
}
