// Runs scripts/server.ts. tsx's require hook loads the TypeScript and is removed again
// before Next loads, so the running server carries no loader thread and no source-map
// bookkeeping for Next's files (under `node --import tsx` it used ≈70 MB more memory).
import { register } from "tsx/cjs/api";

const typescript = register({ namespace: "lumen-server" });
const { startServer } = typescript.require("./server.ts", import.meta.url);
typescript.unregister();
await startServer();
