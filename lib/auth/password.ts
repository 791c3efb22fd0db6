import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id (the library default) with its recommended cost parameters.
export const hashPassword = (password: string) => hash(password);

// Verifying against a throwaway hash when the email is unknown keeps the time of
// "no such account" and "wrong password" alike.
let dummy: Promise<string> | null = null;
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummy ??= hash("midad-no-such-account");
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
