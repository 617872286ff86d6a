// RFC 8288 Link headers on paginated answers, next to the contract's pagination object.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiHandler } from "@/lib/api/handle";
import { paginationLinks } from "@/lib/api/link-header";
import { type AnyRouteSpec, route } from "@/lib/api/route-spec";
import { paginate } from "@/lib/shared/pagination";

const url = new URL("http://test.local/api/v1/things?q=a%20b&limit=2&page=2");

describe("paginationLinks", () => {
  it("names first, prev, next and last, keeping the other query parameters", () => {
    const { pagination } = paginate([1, 2], 7, { page: 2, limit: 2 });
    expect(paginationLinks(url, pagination)).toBe(
      [
        '</api/v1/things?q=a+b&limit=2&page=1>; rel="first"',
        '</api/v1/things?q=a+b&limit=2&page=1>; rel="prev"',
        '</api/v1/things?q=a+b&limit=2&page=3>; rel="next"',
        '</api/v1/things?q=a+b&limit=2&page=4>; rel="last"',
      ].join(", "),
    );
  });

  it("leaves out prev on the first page and next on the last", () => {
    expect(paginationLinks(url, paginate([1], 1, { page: 1, limit: 2 }).pagination)).toBe(
      '</api/v1/things?q=a+b&limit=2&page=1>; rel="first", </api/v1/things?q=a+b&limit=2&page=1>; rel="last"',
    );
  });

  it("points first and last at page 1 for an empty list", () => {
    expect(paginationLinks(url, paginate([], 0, { page: 1, limit: 2 }).pagination)).toBe(
      '</api/v1/things?q=a+b&limit=2&page=1>; rel="first", </api/v1/things?q=a+b&limit=2&page=1>; rel="last"',
    );
  });
});

describe("the wrapper", () => {
  const list = (paginated: boolean) =>
    route({
      summary: "things",
      tags: [],
      auth: "none",
      paginated,
      data: z.object({ things: z.array(z.number()) }),
      handler: async () => {
        const { items, pagination } = paginate([3, 4], 5, { page: 2, limit: 2 });
        return { message: "Listed.", data: { things: items }, pagination };
      },
    }) as AnyRouteSpec;

  it("sends the Link header with every page of a paginated list", async () => {
    const response = await apiHandler(list(true))(new Request(url), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("link")).toBe(
      '</api/v1/things?q=a+b&limit=2&page=1>; rel="first", </api/v1/things?q=a+b&limit=2&page=1>; rel="prev", </api/v1/things?q=a+b&limit=2&page=3>; rel="next", </api/v1/things?q=a+b&limit=2&page=3>; rel="last"',
    );
  });

  it("refuses (500) a page from a route not declared paginated, so the document cannot drift", async () => {
    const response = await apiHandler(list(false))(new Request(url), { params: Promise.resolve({}) });
    expect(response.status).toBe(500);
  });
});
