// The forms validate with the shared zod schemas, but zod and the resolver weigh ~46 KB gzip
// that nobody needs before typing: both load on the form's first validation, not with the page.
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/** A react-hook-form resolver for the schema `load` imports, e.g. `() => import("@/lib/auth/schemas").then((m) => m.ZEmailInput)`. */
export function lazyZodResolver<Schema extends z.ZodType<FieldValues, FieldValues>>(
  load: () => Promise<Schema>,
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  let resolver: Promise<Resolver<z.input<Schema>, unknown, z.output<Schema>>> | undefined;
  return async (values, context, options) => {
    resolver ??= Promise.all([import("@hookform/resolvers/zod"), load()]).then(([{ zodResolver }, schema]) => zodResolver(schema));
    return (await resolver)(values, context, options);
  };
}
