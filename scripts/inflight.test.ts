import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types (it runs before any build step)
import { createInflightTracker } from "./inflight.mjs";

let servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers) s.close();
  servers = [];
});

/** A server whose requests finish when the test says so. */
async function slowServer(tracker: { wrap: (h: http.RequestListener) => http.RequestListener }) {
  const open: Array<() => void> = [];
  const server = http.createServer(tracker.wrap((_req, res) => open.push(() => res.end("ok"))));
  servers.push(server);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, open };
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe("in-flight tracker", () => {
  it("runs a callback only after every request that was running has finished", async () => {
    const tracker = createInflightTracker({ graceMs: 0 });
    const { url, open } = await slowServer(tracker);
    const first = fetch(url);
    const second = fetch(url);
    await until(() => open.length === 2);
    let ran = false;
    tracker.afterCurrent(() => {
      ran = true;
    });
    open.shift()!();
    await first;
    await new Promise((r) => setTimeout(r, 30));
    expect(ran).toBe(false); // the second render is still running
    open.shift()!();
    await second;
    await until(() => ran);
    expect(ran).toBe(true);
  });

  it("does not wait for requests that started afterwards", async () => {
    const tracker = createInflightTracker({ graceMs: 0 });
    const { url, open } = await slowServer(tracker);
    let ran = false;
    tracker.afterCurrent(() => {
      ran = true;
    });
    const later = fetch(url);
    await until(() => open.length === 1);
    await until(() => ran);
    expect(ran).toBe(true);
    open.shift()!();
    await later;
  });
});
