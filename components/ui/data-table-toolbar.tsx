// The filter bar over a DataTable: a GET form, so filtering works without JavaScript and
// each filtered view has its own URL (with it, next/form navigates on the client).
// Submitting starts at page 1 and keeps the table's sort.
import Form from "next/form";
import { SelectField, type Option } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { getT } from "@/lib/i18n/translator";
import { Button, ButtonLink } from "./button";
import type { SearchParams } from "./pagination";

export type ToolbarFilter = { name: string; label: string; options: readonly Option[]; /** The "any" choice, e.g. "All roles". */ anyLabel: string };
/** A day picker, e.g. the first and last day of a date range ("YYYY-MM-DD" in the URL). */
export type ToolbarDateFilter = { name: string; label: string };

type DataTableToolbarProps = {
  pathname: string;
  searchParams: SearchParams;
  /** Names the search landmark, e.g. "Filter users". */
  label: string;
  search: { name?: string; label: string; placeholder?: string };
  filters?: readonly ToolbarFilter[];
  dates?: readonly ToolbarDateFilter[];
  sortParam?: string;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function DataTableToolbar({ pathname, searchParams, label, search, filters = [], dates = [], sortParam = "sort" }: DataTableToolbarProps) {
  const t = await getT("UI");
  const searchName = search.name ?? "q";
  const names = [searchName, ...filters.map((filter) => filter.name), ...dates.map((date) => date.name)];
  const filtered = names.some((name) => first(searchParams[name]));
  const sort = first(searchParams[sortParam]);
  return (
    <Form
      action={pathname}
      // Remount when the URL changes, so "Clear" also clears the fields.
      key={JSON.stringify(names.map((name) => first(searchParams[name])))}
      role="search"
      aria-label={label}
      className="flex flex-wrap items-end gap-3"
    >
      <TextField
        name={searchName}
        id={`${pathname.replace(/\W/g, "-")}-${searchName}`}
        type="search"
        label={search.label}
        placeholder={search.placeholder}
        defaultValue={first(searchParams[searchName])}
        className="w-full sm:w-72"
      />
      {filters.map((filter) => (
        <SelectField
          key={filter.name}
          name={filter.name}
          id={`${pathname.replace(/\W/g, "-")}-${filter.name}`}
          label={filter.label}
          options={filter.options}
          emptyOption={filter.anyLabel}
          defaultValue={first(searchParams[filter.name])}
          className="w-full sm:w-48"
        />
      ))}
      {dates.map((date) => (
        <TextField
          key={date.name}
          name={date.name}
          id={`${pathname.replace(/\W/g, "-")}-${date.name}`}
          type="date"
          label={date.label}
          defaultValue={first(searchParams[date.name])}
          className="w-full sm:w-44"
        />
      ))}
      {sort && <input type="hidden" name={sortParam} value={sort} />}
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          {t("applyFilters")}
        </Button>
        {filtered && (
          <ButtonLink href={sort ? `${pathname}?${new URLSearchParams({ [sortParam]: sort })}` : pathname} variant="ghost">
            {t("clearFilters")}
          </ButtonLink>
        )}
      </div>
    </Form>
  );
}
