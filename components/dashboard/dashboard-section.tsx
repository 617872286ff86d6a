import type { ReactNode } from "react";

/** One titled section of the student's dashboard; nothing at all when it has no items. */
export function DashboardSection({ id, title, description, count, children }: { id: string; title: string; description?: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={`dashboard-${id}`} className="space-y-4">
      <div>
        <h2 id={`${id}-heading`} className="text-xl font-semibold tracking-tight text-slate-900">
          {title}
        </h2>
        {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      </div>
      <ul className="grid gap-4 md:grid-cols-2">{children}</ul>
    </section>
  );
}
