import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// Unit tests (the authorization matrix) call server actions directly with no HTTP
// request. They name the signed-in user's id here; getCurrentUser() then still loads
// and checks that user from the database exactly as for a real session. Ignored
// outside NODE_ENV=test.
const store = new AsyncLocalStorage<{ userId: string | null }>();

export function runAs<T>(userId: string | null, fn: () => Promise<T>): Promise<T> {
  return store.run({ userId }, fn);
}

export function testIdentity(): { userId: string | null } | undefined {
  return process.env.NODE_ENV === "test" ? store.getStore() : undefined;
}
