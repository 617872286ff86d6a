// RFC 8288 Link header for a paginated answer: first, prev, next and last pages of the same
// request, as path-absolute references (they resolve against whatever host the client used,
// so they stay right behind a proxy). The envelope's pagination object says the same in JSON.
import type { Pagination } from "@/lib/shared/pagination";

export function paginationLinks(url: URL, pagination: Pagination): string {
  const at = (page: number) => {
    const params = new URLSearchParams(url.searchParams);
    params.set("page", String(page));
    return `<${url.pathname}?${params.toString()}>`;
  };
  const links: [string, number | null][] = [
    ["first", 1],
    ["prev", pagination.prevPage],
    ["next", pagination.nextPage],
    ["last", Math.max(pagination.totalPages, 1)],
  ];
  return links.flatMap(([rel, page]) => (page === null ? [] : [`${at(page)}; rel="${rel}"`])).join(", ");
}

export const LINK_HEADER_DESCRIPTION =
  'RFC 8288 links to the first, prev, next and last pages of this list (prev and next only when they exist), e.g. `</api/v1/courses?page=2&limit=10>; rel="next"`.';
