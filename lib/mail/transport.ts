import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

// One SMTP client per process, made from SMTP_URL (decision 130). Short timeouts: a send runs
// in the background (never in a request), but a hung server must not hold the queue forever.
let cached: { url: string; transport: Transporter } | null = null;

export const smtpConfigured = () => Boolean(env.SMTP_URL);

export function smtpTransport(url = env.SMTP_URL): Transporter | null {
  if (!url) return null;
  if (cached?.url === url) return cached.transport;
  const transport = nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  cached = { url, transport };
  return transport;
}
