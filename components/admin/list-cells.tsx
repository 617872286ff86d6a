// Cells the admin console's tables share: who (with what phones show in place of the hidden
// columns) and the course, linked to its page.
import Link from "next/link";
import type { ReactNode } from "react";
import type { Column } from "@/components/ui/data-table";

/** The student's name and email; on narrow screens also `phone` (the course, the status ...), which the table hides there. */
export function StudentCell({ name, email, phone }: { name: string; email: string; phone: ReactNode }) {
  return (
    <div className="min-w-28">
      <p className="font-medium text-slate-900">{name}</p>
      <p className="text-xs break-all text-slate-600">{email}</p>
      <div className="mt-1 flex flex-col items-start gap-1 text-xs text-slate-600 sm:hidden">{phone}</div>
    </div>
  );
}

/** The course column, hidden on phones (StudentCell shows the course there). */
export const courseColumn = <Row,>(header: string, course: (row: Row) => { title: string; slug: string }): Column<Row> => ({
  key: "course",
  header,
  cell: (row) => (
    <Link href={`/courses/${course(row).slug}`} className="text-link">
      {course(row).title}
    </Link>
  ),
  className: "hidden sm:table-cell",
});

/** A row's action buttons: stacked on phones, side by side from tablet width up. */
export function RowActions({ children }: { children: ReactNode }) {
  return <div className="flex flex-col items-end gap-2 sm:flex-row sm:flex-wrap sm:justify-end lg:flex-nowrap">{children}</div>;
}
