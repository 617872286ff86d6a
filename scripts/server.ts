// The HTTP server of every run — `npm start`, `npm run dev`, the end-to-end tests and the
// benchmark: Next's documented custom server on node:http. It exists because route
// handlers cannot see the socket: the client address is worked out here from the
// connection and as many X-Forwarded-For hops as TRUST_PROXY trusts (request-listener.ts).
// A bad configuration stops it before it listens, with the message naming the variable.
// NODE_ENV=production serves the build in .next; anything else runs `next dev`.
// Started by scripts/server.mjs (`node scripts/server.mjs`), which loads this file.
import { createServer } from "node:http";
import { type Env, parseEnv } from "../lib/env";
import { rejectMalformedRequest } from "./lib/client-error";
import { requestListener } from "./lib/request-listener";

export async function startServer(): Promise<void> {
  let env: Env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }

  const { default: next } = await import("next");
  const dev = env.NODE_ENV !== "production";
  const server = createServer();
  // Node closes an idle keep-alive connection after 5 s; a client that reuses it at that moment
  // gets ECONNRESET (seen from a test client that had been idle that long). Load balancers and
  // clients keep idle connections for up to a minute, so the server keeps them a little longer.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const app = next({ dev, dir: process.cwd(), hostname: env.HOST, port: env.PORT, httpServer: server });
  await app.prepare();
  server.on("request", requestListener({ trustedHops: env.TRUST_PROXY, appUrl: env.APP_URL, dev }, app.getRequestHandler()));

  server.on("clientError", rejectMalformedRequest);
  server.on("error", (error) => {
    console.error(`Could not listen on ${env.HOST}:${env.PORT}: ${error.message}`);
    process.exit(1);
  });
  server.listen(env.PORT, env.HOST, () => console.log(`Listening on http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${env.PORT}`));

  const stop = async (signal: NodeJS.Signals) => {
    server.close();
    server.closeIdleConnections();
    if (dev) server.closeAllConnections();
    await app.close();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
