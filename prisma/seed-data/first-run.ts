// Staff accounts at start-up (decision 083): no account with a known password ever exists.
//  - an empty database gets one administrator with a random password, printed once and
//    written to <data>/initial-admin.txt (0600), to be changed at first sign-in;
//  - `--demo-staff` adds an editor, a writer and a moderator the same way (demo-staff.txt);
//  - accounts that still accept a password an older seed printed in README get a new one.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { hash, verify } from "@node-rs/argon2";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Role } from "../../lib/generated/prisma/enums";
import { DEMO_STAFF, INITIAL_ADMIN, RETIRED_DEMO_PASSWORDS } from "./staff";

type Credential = { email: string; role: Role; password: string };

/** 20 random characters (120 bits) from the URL-safe alphabet: typable, unguessable. */
export const randomPassword = () => crypto.randomBytes(15).toString("base64url");

function writeCredentials(file: string, title: string, list: Credential[]) {
  const lines = [
    `# ${title}`,
    `# Written ${new Date().toISOString()}. Each password must be changed at first sign-in (/login).`,
    "# Delete this file once they have been handed over.",
    ...list.flatMap((c) => ["", `role: ${c.role}`, `email: ${c.email}`, `password: ${c.password}`]),
    "",
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(file, { force: true }); // a new file, so the mode below is the one it gets
  fs.writeFileSync(file, lines.join("\n"), { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

function announce(title: string, list: Credential[], file: string) {
  const rows = list.map((c) => `    ${c.role.padEnd(9)} ${c.email.padEnd(24)} ${c.password}`);
  const shown = path.relative(process.cwd(), file);
  console.log(`• ${title} (shown once; also in ${shown.startsWith("..") ? file : shown}, readable by you only):\n${rows.join("\n")}\n  Sign in at /login; you will be asked to choose a new password.`);
}

async function createAccount(db: PrismaClient, s: { email: string; name: string; role: Role; authorSlug?: string }): Promise<Credential> {
  const password = randomPassword();
  const user = await db.user.create({
    data: { email: s.email, name: s.name, role: s.role, passwordHash: await hash(password), mustChangePassword: true },
    select: { id: true },
  });
  if (s.authorSlug) await db.author.updateMany({ where: { slug: s.authorSlug, userId: null }, data: { userId: user.id } });
  return { email: s.email, role: s.role, password };
}

export async function seedStaff(db: PrismaClient, dataDir: string, opts: { demoStaff: boolean }) {
  const adminFile = path.join(dataDir, "initial-admin.txt");
  const demoFile = path.join(dataDir, "demo-staff.txt");

  // 1. Retire the passwords older versions printed in README.
  const rotated: Credential[] = [];
  for (const [email, old] of Object.entries(RETIRED_DEMO_PASSWORDS)) {
    const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true, passwordHash: true } });
    if (!user || !(await verify(user.passwordHash, old).catch(() => false))) continue;
    const password = randomPassword();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hash(password), mustChangePassword: true } });
    await db.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    rotated.push({ email, role: user.role, password });
  }
  if (rotated.length) {
    const file = path.join(dataDir, "rotated-passwords.txt");
    writeCredentials(file, "Midad: demo accounts whose published passwords were replaced", rotated);
    announce("These accounts still accepted the passwords once printed in README; they have new ones", rotated, file);
  }

  // 2. An empty database gets its first administrator.
  if ((await db.user.count()) === 0) {
    const admin = await createAccount(db, INITIAL_ADMIN);
    writeCredentials(adminFile, "Midad: the first administrator", [admin]);
    announce("First administrator created", [admin], adminFile);
  }

  // 3. Demo roles, only when asked for.
  if (opts.demoStaff) {
    const made: Credential[] = [];
    for (const s of DEMO_STAFF) {
      if (await db.user.findUnique({ where: { email: s.email }, select: { id: true } })) continue;
      made.push(await createAccount(db, s));
    }
    if (made.length) {
      writeCredentials(demoFile, "Midad: demo staff accounts (local trials only)", made);
      announce("Demo staff accounts created", made, demoFile);
    } else console.log("• Demo staff accounts already exist.");
  }
}
