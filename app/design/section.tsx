import type { ReactNode } from "react";

/** One group of primitives on /design: a titled section with a line on when to use them. */
export function DesignSection({ id, title, text, children }: { id: string; title: string; text?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-6 border-t border-slate-200 pt-10">
      <div>
        <h2 id={id} className="text-xl font-semibold tracking-tight text-slate-900">
          {title}
        </h2>
        {text && <p className="mt-1 max-w-2xl text-sm text-slate-600">{text}</p>}
      </div>
      {children}
    </section>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return <div className="flex flex-wrap items-center gap-3">{children}</div>;
}
