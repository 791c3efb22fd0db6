import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on 127.0.0.1 for tests (unit and end-to-end): it speaks SMTP like any
 * mail server, keeps every message it accepts (parsed), and can be told to refuse mail, so
 * the sending side is exercised for real (decision 130).
 */
export class SmtpCapture {
  readonly messages: ParsedMail[] = [];
  /** While set, every message is refused with this SMTP error text. */
  refuse: string | null = null;
  private server: SMTPServer;
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          if (this.refuse) {
            const err = new Error(this.refuse) as Error & { responseCode: number };
            err.responseCode = 451;
            callback(err);
            return;
          }
          simpleParser(Buffer.concat(chunks)).then(
            (m) => {
              this.messages.push(m);
              callback();
            },
            (e: Error) => callback(e),
          );
        });
      },
    });
  }

  async start(port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => resolve());
    });
    const addr = (this.server as unknown as { server: { address(): { port: number } } }).server.address();
    this.port = addr.port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages to this address, oldest first. */
  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).some((t) => t.value.some((v) => v.address?.toLowerCase() === address.toLowerCase())));
  }

  /** Wait (polling) until `n` messages reached this address; the last one. */
  async waitFor(address: string, n = 1, tries = 200): Promise<ParsedMail> {
    for (let i = 0; i < tries; i++) {
      const got = this.to(address);
      if (got.length >= n) return got[n - 1]!;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no message #${n} for ${address} (have ${this.messages.length} in all)`);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
