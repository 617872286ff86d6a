/** Joins class names, skipping falsy ones. Callers add classes; they do not override. */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
