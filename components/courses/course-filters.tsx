// The catalog's filter bar: a plain GET form, so it works without JavaScript; with it,
// next/form turns the submit into a client-side navigation.
import Form from "next/form";
import { useT } from "@/lib/i18n/translator";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/forms/field";
import { SearchIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { type CourseSort, courseSorts } from "@/lib/courses/schemas";

// The sorts themselves are the schema's (courseSorts); only their labels' keys live here.
const sortLabels = {
  newest: "sortNewest",
  oldest: "sortOldest",
  title: "sortTitle",
  "price-asc": "sortPriceAsc",
  "price-desc": "sortPriceDesc",
  popular: "sortPopular",
} as const satisfies Record<CourseSort, string>;

/** The sort a catalog URL asks for, when it is one the catalog knows. */
export const knownSort = (value: string | undefined): CourseSort | undefined => courseSorts.find((sort) => sort === value);

export type CatalogFilterValues = { q?: string; categoryId?: string; sort?: string };
type CategoryOption = { id: number; name: string; publishedCourses: number };

export function CourseFilters({ categories, values }: { categories: CategoryOption[]; values: CatalogFilterValues }) {
  const t = useT("Catalog");
  // Empty categories would only lead to an empty page; keep the chosen one regardless.
  const options = categories.filter((category) => category.publishedCourses > 0 || String(category.id) === values.categoryId);
  return (
    <Form
      action="/courses"
      // Remount when the URL changes, so "Clear filters" also clears the fields.
      key={JSON.stringify(values)}
      role="search"
      aria-label={t("filterLabel")}
      className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_14rem_13rem_auto] lg:items-end"
    >
      <Field id="catalog-q" label={t("searchLabel")} className="sm:col-span-2 lg:col-span-1">
        {(control) => (
          <div className="relative">
            <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500" />
            <Input {...control} type="search" name="q" defaultValue={values.q ?? ""} placeholder={t("searchPlaceholder")} maxLength={100} className="pl-9" />
          </div>
        )}
      </Field>
      <Field id="catalog-category" label={t("category")}>
        {(control) => (
          <Select {...control} name="categoryId" defaultValue={values.categoryId ?? ""}>
            <option value="">{t("allCategories")}</option>
            {options.map((category) => (
              <option key={category.id} value={category.id}>
                {t("categoryOption", { name: category.name, count: category.publishedCourses })}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="catalog-sort" label={t("sortBy")}>
        {(control) => (
          <Select {...control} name="sort" defaultValue={values.sort ?? "newest"}>
            {courseSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(sortLabels[sort])}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" className="sm:col-span-2 lg:col-span-1">
        {t("apply")}
      </Button>
    </Form>
  );
}
