// "Download CSV" over an admin table: the session-authenticated export route with the
// filters the table shows, so the file holds every page of the same rows.
import { buttonClasses } from "@/components/ui/button";
import type { SearchParams } from "@/components/ui/pagination";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function CsvExportLink({ href, searchParams, names, label }: { href: string; searchParams: SearchParams; names: readonly string[]; label: string }) {
  const query = new URLSearchParams(
    names.flatMap((name) => {
      const value = first(searchParams[name]);
      return value ? [[name, value]] : [];
    }),
  ).toString();
  return (
    <a href={query ? `${href}?${query}` : href} download className={buttonClasses({ variant: "secondary" })}>
      {label}
    </a>
  );
}
