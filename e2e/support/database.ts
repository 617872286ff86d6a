// Points this Playwright worker's database client at the run's e2e database, which
// playwright.config.ts names and scripts/e2e-server.ts creates. Imported before anything
// that reaches lib/db, which reads DATABASE_URL on first use.
const url = process.env.E2E_DATABASE_URL;
if (!url) throw new Error("E2E_DATABASE_URL is not set: run the e2e tests through playwright.config.ts.");
process.env.DATABASE_URL = url;
