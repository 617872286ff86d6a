// Categories: public reads, admin writes. Every cell that changes a category gets one of its own.
import { unique } from "../../../tests/factories";
import { adminsOnly, type Row } from "./types";

export const categoryRows: Row[] = [
  { op: "GET /categories", call: () => ({ path: "/api/v1/categories" }), expect: 200 },
  { op: "POST /categories", call: () => ({ path: "/api/v1/categories", data: { name: unique("Matrix category") } }), expect: adminsOnly(201) },
  { op: "GET /categories/{categoryId}", call: async (_world, _request, make) => ({ path: `/api/v1/categories/${(await make.category()).id}` }), expect: 200 },
  {
    op: "PATCH /categories/{categoryId}",
    call: async (_world, _request, make) => ({ path: `/api/v1/categories/${(await make.category()).id}`, data: { name: unique("Patched") } }),
    expect: adminsOnly(200),
  },
  {
    op: "PUT /categories/{categoryId}",
    call: async (_world, _request, make) => ({ path: `/api/v1/categories/${(await make.category()).id}`, data: { description: "Put in other words." } }),
    expect: adminsOnly(200),
  },
  {
    op: "DELETE /categories/{categoryId}",
    call: async (_world, _request, make) => ({ path: `/api/v1/categories/${(await make.category()).id}` }),
    expect: adminsOnly(200),
  },
];
