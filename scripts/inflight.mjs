// Requests in flight, so that something can wait for every request that started before a
// given moment to finish. The cache uses it to expire pages a second time once the renders
// that were already running when content changed have finished: such a render may have read
// the old content and stored its page after the first expiry (issue 18, decision 007).

export const SETTLE_KEY = Symbol.for("midad.afterInflight");

export function createInflightTracker({ graceMs = 250 } = {}) {
  const active = new Set();
  /** Waiters: the requests each still waits for, and what to run then. */
  const waiters = new Set();

  function finished(req) {
    active.delete(req);
    for (const w of waiters) {
      w.pending.delete(req);
      if (w.pending.size === 0) release(w);
    }
  }

  function release(w) {
    waiters.delete(w);
    // Next may store a page a moment after the response has ended: give it that moment.
    setTimeout(w.run, graceMs).unref?.();
  }

  return {
    /** Wrap a Node request handler so every request is counted while it runs. */
    wrap(handle) {
      return (req, res) => {
        active.add(req);
        res.once("close", () => finished(req));
        return handle(req, res);
      };
    },
    /** Run `fn` once every request running now has finished (and a short grace after). */
    afterCurrent(fn) {
      const w = { pending: new Set(active), run: () => Promise.resolve().then(fn).catch((e) => console.warn(`[inflight] ${e.message}`)) };
      if (w.pending.size === 0) release(w);
      else waiters.add(w);
    },
    get size() {
      return active.size;
    },
  };
}
