// How a list route declares its CSV export for the OpenAPI document: the `format` query
// parameter and the text/csv answer, worded for the rows it holds ("student", "user").
import { z } from "zod";

export const csvExportSpec = (row: string) => ({
  format: z
    .enum(["json", "csv"])
    .optional()
    .meta({ description: `csv answers with a text/csv attachment of every matching ${row} (no paging); so does an Accept header asking for text/csv` }),
  answer: z.string().meta({ description: `Every matching ${row}, one per line, with a header line; UTF-8 with a byte-order mark` }),
});
