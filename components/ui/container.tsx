import type { ComponentProps } from "react";
import { cx } from "./cx";

const widths = { narrow: "max-w-3xl", default: "max-w-6xl", wide: "max-w-7xl" } as const;

/** Centred page width with the same side padding on every page. */
export function Container({ size = "default", className, ...props }: ComponentProps<"div"> & { size?: keyof typeof widths }) {
  return <div className={cx("mx-auto w-full px-4 sm:px-6 lg:px-8", widths[size], className)} {...props} />;
}
