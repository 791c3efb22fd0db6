import { z } from "zod";
import { parseAllowPrivate } from "@/lib/webhooks/allow-private";

// Validated once at start-up so a misconfigured server fails with a clear message.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/midad.db")
    .refine((v) => v.startsWith("file:") || v.startsWith("postgres"), {
      message: "DATABASE_URL must be file:… (SQLite) or postgres://… (PostgreSQL)",
    }),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters").optional(),
  /** The public address: redirects, canonical links, feeds, cookies' Secure flag, HSTS. */
  SITE_URL: z
    .string()
    .url()
    .default(`http://localhost:${process.env.PORT || "3000"}`)
    .transform((v) => v.replace(/\/+$/, "")),
  SITE_NAME: z.string().min(1).default("المدى"),
  MEDIA_DIR: z.string().default("./data/media"),
  /** Resized copies of uploads (lib/media/renditions.ts); default: "image-cache" beside MEDIA_DIR. */
  IMAGE_CACHE_DIR: z.string().optional(),
  /** Disk the resized copies may use; the least recently read go first. */
  IMAGE_CACHE_MB: z.coerce.number().int().positive().default(512),
  /** Images resized at once (each on one thread), so resizing cannot take every core. */
  IMAGE_ENCODES: z.coerce.number().int().positive().max(16).default(1),
  SLOW_QUERY_MS: z.coerce.number().int().nonnegative().default(200),
  /** Scheduler tick in milliseconds (tests shorten it). */
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().positive().default(2000),
  /** Content API requests one key may make per minute (decision 177). */
  CONTENT_API_RATE_PER_MINUTE: z.coerce.number().int().positive().max(100_000).default(600),
  /**
   * Webhook endpoints on private, loopback or link-local addresses (decision 179): "0" none,
   * "1" all, or a list of addresses and CIDR ranges allowed ("127.0.0.2,10.20.0.0/16").
   */
  WEBHOOKS_ALLOW_PRIVATE: z
    .string()
    .default("0")
    .refine((v) => parseAllowPrivate(v) !== null, "WEBHOOKS_ALLOW_PRIVATE: 0, 1, or addresses/CIDR ranges separated by commas"),
  /** Wait before a failed webhook delivery's first retry; doubles each time (decision 179). Tests shorten it. */
  WEBHOOKS_FIRST_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /**
   * Outgoing mail (decision 130): smtp://user:pass@host:587 or smtps://…:465. Unset: every
   * message stays in the local outbox admins read at /admin/outbox.
   */
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => (v && v.trim() ? v.trim() : undefined))
    .refine((v) => v === undefined || /^smtps?:\/\/[^\s]+$/.test(v), { message: "SMTP_URL must be smtp://… or smtps://…" }),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}

export const env = parsed.data;
