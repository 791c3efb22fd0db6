// Runs once when a server instance starts: the scheduler publishes due pieces with no
// visitor needed, including those whose time passed while the server was down.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Expiries from other instances (scripts/cluster-bus.mjs) are applied here.
    const { registerPeerExpiry } = await import("./lib/cache/peer-expiry");
    registerPeerExpiry();
  }
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.MIDAD_SCHEDULER !== "off") {
    const { startScheduler } = await import("./lib/scheduler/start");
    // Awaited: Next serves no request before register() resolves.
    await startScheduler();
  }
}
