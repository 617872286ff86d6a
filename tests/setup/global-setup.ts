// Integration tests run against real PostgreSQL: each run gets its own fresh database,
// migrated from prisma/migrations, and drops it at the end.
import { createTestDatabase } from "../../scripts/lib/test-database";

export default async function setup() {
  const database = await createTestDatabase("lms_test");
  process.env.DATABASE_URL = database.url;
  return database.drop;
}
