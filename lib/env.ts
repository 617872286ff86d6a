// The environment, parsed once. A production build (NODE_ENV=production) needs real secrets:
// a missing or weak one stops the server before it listens, with a message naming the
// variable. `npm start` and `npm run dev` generate them once per data folder for a local
// run; only tests and tools fall back to the public development values.
// LMS_DEMO=1 (set by `npm start` on the embedded database) marks a local demo: a production
// build that keeps the readable mail outbox.
import { z } from "zod";

type Source = Record<string, string | undefined>;

/** A real deployment: production build, not the local demo. */
export const isProduction = (source: Source = process.env) => source.NODE_ENV === "production" && source.LMS_DEMO !== "1";

const DEFAULT_APP_URL = "http://localhost:3000";
const DEVELOPMENT_SECRET_PREFIX = "development-only-";
const hops = "TRUST_PROXY must be a whole number of proxy hops (0 when clients connect directly)";

function schemaFor(productionBuild: boolean) {
  const secret = (name: string) =>
    productionBuild
      ? z
          .string({ error: `${name} is required in production` })
          .min(32, `${name} must be at least 32 characters`)
          .refine((value) => !value.startsWith(DEVELOPMENT_SECRET_PREFIX), `${name} must not be the public development value`)
      : z.string().min(1).default(`${DEVELOPMENT_SECRET_PREFIX}${name}-never-use-in-production`);

  return z.object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is not set (npm start sets it when it runs the embedded PostgreSQL)" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
    APP_URL: z.url("APP_URL must be an absolute URL such as https://lms.example.com").default(DEFAULT_APP_URL),
    AUTH_SECRET: secret("AUTH_SECRET"),
    PAYMENT_WEBHOOK_SECRET: secret("PAYMENT_WEBHOOK_SECRET"),
    RESEND_API_KEY: z.string().min(1).optional(),
    EMAIL_FROM: z.string().min(3).default("Lumen LMS <no-reply@lms.localhost>"),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// URL").optional(),
    UPLOAD_DIR: z.string().min(1).default("uploads"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // The address the server binds: loopback unless a deployment opens it (HOST=0.0.0.0).
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number({ error: "PORT must be a port number" }).int().min(1).max(65535, "PORT must be a port number").default(3000),
    // How many proxies of ours stand in front of the server; 0 ignores X-Forwarded-For.
    TRUST_PROXY: z.coerce.number({ error: hops }).int(hops).min(0, hops).default(0),
  });
}

export type Env = z.infer<ReturnType<typeof schemaFor>>;

export function parseEnv(source: Source): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schemaFor(source.NODE_ENV === "production").safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** APP_URL alone, for page metadata, which `next build` evaluates without the runtime secrets. */
export const appUrl = (source: Source = process.env) => new URL(source.APP_URL || DEFAULT_APP_URL);

let cached: Env | undefined;

/** The validated environment; throws a readable error naming the first bad variables. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
