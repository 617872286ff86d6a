// The forms validate with the shared zod schemas, but zod and the resolver weigh ~46 KB gzip
// that nobody needs before typing: they load on the form's first validation, not with the
// page, together with the validation messages of the page's language (<html lang>) only.
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

async function loadValidation<Schema extends z.ZodType>(load: () => Promise<Schema>) {
  const [{ toNestErrors, validateFieldsNatively }, { portableIssues, wordIssue }, wording, schema] = await Promise.all([
    import("@hookform/resolvers"),
    import("@/lib/i18n/validation-text"),
    import("@/lib/i18n/validation-wording").then(({ loadValidationWording }) => loadValidationWording(globalThis.document?.documentElement.lang)),
    load(),
  ]);
  return { toNestErrors, validateFieldsNatively, portableIssues, wordIssue, wording, schema };
}

/** A react-hook-form resolver for the schema `load` imports, e.g. `() => import("@/lib/auth/schemas").then((m) => m.ZEmailInput)`. */
export function lazyZodResolver<Schema extends z.ZodType<FieldValues, FieldValues>>(
  load: () => Promise<Schema>,
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  let loaded: ReturnType<typeof loadValidation<Schema>> | undefined;
  return async (values, _context, options) => {
    const { schema, wording, portableIssues, wordIssue, toNestErrors, validateFieldsNatively } = await (loaded ??= loadValidation(load));
    const result = await schema.safeParseAsync(values, { reportInput: true });
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    // The first issue of each field, as react-hook-form shows one message per field.
    const errors: Record<string, FieldError> = {};
    for (const issue of portableIssues(result.error.issues)) errors[issue.path.join(".")] ??= { type: issue.code, message: wordIssue(issue, wording) };
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
