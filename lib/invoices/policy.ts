// Invoices are their student's and the admins': another student's invoice is "not found".
import { AppError } from "@/lib/errors";

export const invoiceNotFound = () => new AppError("NOT_FOUND", { key: "invoiceNotFound" });
export const invoiceNotPayable = () => new AppError("CONFLICT", { key: "invoiceNotPayable" });
