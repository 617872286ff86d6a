// A native select (keyboard, screen readers and phones handle it best) with our chevron.
import type { ComponentProps } from "react";
import { cx } from "./cx";
import { ChevronDownIcon } from "./icons";
import { controlClasses } from "./input";

export function Select({ className, children, ...props }: ComponentProps<"select">) {
  return (
    <div className={cx("relative", className)}>
      <select className={cx(controlClasses, "h-10 appearance-none truncate pr-9 pl-3")} {...props}>
        {children}
      </select>
      <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-500" />
    </div>
  );
}
