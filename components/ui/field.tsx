// Field moved to components/forms/field.tsx; this re-export keeps the auth and settings
// forms working until they move to the components/forms fields.
export { Field, Label, type ControlProps } from "@/components/forms/field";
