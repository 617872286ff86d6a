// The environment, parsed once. Secrets are required only in production, where a missing
// or weak one stops the server at start with a message naming the variable.
import { z } from "zod";

const DEV_SECRET = "development-only-secret-not-for-production-use";
const isProduction = process.env.NODE_ENV === "production" && process.env.LMS_ALLOW_DEV_SECRETS !== "1";

const secret = (name: string) =>
  isProduction
    ? z.string({ error: `${name} is required in production` }).min(32, `${name} must be at least 32 characters`)
    : z.string().min(1).default(`${DEV_SECRET}-${name}`);

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (npm start sets it when it runs the embedded PostgreSQL)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  APP_URL: z.url("APP_URL must be an absolute URL such as https://lms.example.com").default("http://localhost:3000"),
  AUTH_SECRET: secret("AUTH_SECRET"),
  PAYMENT_WEBHOOK_SECRET: secret("PAYMENT_WEBHOOK_SECRET"),
  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default("LMS <no-reply@lms.localhost>"),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// URL").optional(),
  UPLOAD_DIR: z.string().min(1).default("uploads"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof ZEnv>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment; throws a readable error on the first bad variable. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
