// Files of deleted contents leave storage after the deletion commits. A failure here only
// leaves an orphan file behind (nothing refers to it any more), so it is logged, not thrown.
import { log } from "@/lib/log";
import { storage } from "@/lib/storage/storage";

export async function discardStoredFiles(keys: readonly (string | null)[]): Promise<void> {
  for (const key of keys) {
    if (!key) continue;
    try {
      await storage().delete(key);
    } catch (error) {
      log.warn({ err: error, key }, "could not delete the stored file of a deleted content");
    }
  }
}
