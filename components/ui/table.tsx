// Plain table primitives. The wrapper scrolls sideways on narrow screens instead of
// widening the page; it is positioned so that visually hidden (absolute) text in cells
// scrolls inside it too, rather than stretching the page beyond the screen.
import type { ComponentProps } from "react";
import { cx } from "./cx";

export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div className="relative w-full overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-xs">
      <table className={cx("w-full border-collapse text-left text-sm", className)} {...props} />
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cx("bg-slate-50 text-xs font-medium tracking-wide text-slate-600 uppercase", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cx("divide-y divide-slate-200", className)} {...props} />;
}

export function TR({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cx("hover:bg-slate-50/60", className)} {...props} />;
}

export function TH({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return <th scope={scope} className={cx("border-b border-slate-200 px-4 py-3 font-medium whitespace-nowrap", className)} {...props} />;
}

export function TD({ className, ...props }: ComponentProps<"td">) {
  return <td className={cx("px-4 py-3 align-middle text-slate-700", className)} {...props} />;
}
