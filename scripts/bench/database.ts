// The benchmark's data: a fresh database on TEST_DATABASE_URL's (or DATABASE_URL's) server,
// or on the embedded PostgreSQL when neither is set, migrated and filled with the demo seed.
// Dropped at the end, so a run never touches anyone's data.
import { seedIfEmpty } from "../lib/prepare-database";
import { createTestDatabase } from "../lib/test-database";

export async function seededDatabase() {
  const database = await createTestDatabase("lms_bench");
  await seedIfEmpty(database.url);
  return database;
}
