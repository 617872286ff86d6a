// The OpenAPI 3.1 document of /api/v1. It is the one answer not in the envelope: API tools
// read the document itself.
import { z } from "zod";
import { openApiDocument } from "@/lib/api/openapi";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { declarations } from "../_routes/registry";

let document: string | undefined;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/openapi.json", {
  GET: route({
    summary: "This OpenAPI document",
    description: "The raw OpenAPI 3.1 document (not wrapped in the envelope), generated from the route declarations.",
    tags: ["Documentation"],
    auth: "none",
    data: z.object({}).meta({ description: "The OpenAPI document" }),
    handler: async () => {
      document ??= JSON.stringify(openApiDocument(declarations(), "/api/v1"));
      return new Response(document, { headers: { "content-type": "application/json", "cache-control": "public, max-age=300" } });
    },
  }),
});
