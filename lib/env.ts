// The environment, parsed once. Secrets are required only in production, where a missing
// or weak one stops the server at start with a message naming the variable.
// LMS_DEMO=1 (set by `npm start` on the embedded database) marks a local demo: a production
// build that may use development secrets and the readable mail outbox.
import { z } from "zod";

type Source = Record<string, string | undefined>;

/** A real deployment: production build, not the local demo. */
export const isProduction = (source: Source = process.env) => source.NODE_ENV === "production" && source.LMS_DEMO !== "1";

function schemaFor(production: boolean) {
  const secret = (name: string) =>
    production
      ? z.string({ error: `${name} is required in production` }).min(32, `${name} must be at least 32 characters`)
      : z.string().min(1).default(`development-only-${name}-never-use-in-production`);

  return z.object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is not set (npm start sets it when it runs the embedded PostgreSQL)" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
    APP_URL: z.url("APP_URL must be an absolute URL such as https://lms.example.com").default("http://localhost:3000"),
    AUTH_SECRET: secret("AUTH_SECRET"),
    PAYMENT_WEBHOOK_SECRET: secret("PAYMENT_WEBHOOK_SECRET"),
    RESEND_API_KEY: z.string().min(1).optional(),
    EMAIL_FROM: z.string().min(3).default("Lumen LMS <no-reply@lms.localhost>"),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// URL").optional(),
    UPLOAD_DIR: z.string().min(1).default("uploads"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  });
}

export type Env = z.infer<ReturnType<typeof schemaFor>>;

export function parseEnv(source: Source): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schemaFor(isProduction(source)).safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment; throws a readable error naming the first bad variables. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
