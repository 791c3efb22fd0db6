"use client";

import { useEffect, useState } from "react";

/** Matches PRESENCE_HEARTBEAT_MS in lib/articles/presence.ts (a server-only module). */
const HEARTBEAT_MS = 5_000;

/**
 * While the editor is open on a saved piece, tell the server every few seconds and learn who
 * else has it open (names; [] when alone). Paused while the tab is hidden: a hidden tab is not
 * someone editing, and it drops out of others' notices after ~30 s.
 */
export function usePresence(articleId: number | null): string[] {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    if (articleId === null) return;
    let stopped = false;
    const beat = async () => {
      if (document.visibilityState === "hidden") return;
      try {
        const res = await fetch(`/api/admin/articles/${articleId}/presence`, { method: "POST", cache: "no-store" });
        if (!res.ok || stopped) return;
        const json = (await res.json()) as { others?: { name: string }[] };
        setOthers((json.others ?? []).map((o) => o.name));
      } catch {
        // Offline for a moment: keep the last answer, the next beat tries again.
      }
    };
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    document.addEventListener("visibilitychange", beat);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", beat);
    };
  }, [articleId]);
  return others;
}
