// The category field limits, for the schemas and the forms' hints (client-safe: no zod here,
// so a form page does not load it before the first validation).
export const MAX_CATEGORY_NAME = 60;
export const MAX_CATEGORY_DESCRIPTION = 500;
