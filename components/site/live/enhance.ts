// Part of /reader.js (decision 192): a live page asks /api/live/<id>?after=<newest shown> every
// few seconds while it is visible. New updates are held and announced politely («تحديثات
// جديدة», aria-live) by a button that floats over the page; nothing is inserted above what
// the reader is reading until they press it. An update the desk edited is replaced where it
// stands and a deleted one is removed (the answer lists every update's id and last-edit stamp;
// the browser's scroll anchoring keeps the reader's place). The HTML comes from our own
// server, rendered by the same function as the page (lib/live/render.ts), so a reload shows
// exactly the same.
import { enhanceEmbeds } from "../embeds/enhance";

type Update = { id: number; keyEvent: boolean; keyLabel: string; html: string };
type KeyEvent = { id: number; at: string; time: string; label: string };
type Poll = { ok: boolean; status: "live" | "ended"; latest: number; updates: Update[]; present?: [number, number][]; known?: number; keyEvents?: KeyEvent[] };

const POLL_MS = 10_000;

function start(section: HTMLElement) {
  const id = section.dataset.liveId;
  const list = section.querySelector<HTMLElement>(".live-updates");
  const notice = section.querySelector<HTMLElement>(".live-notice");
  if (!id || !/^\d+$/.test(id) || !list || !notice) return;
  let latest = Number(section.dataset.liveLatest ?? 0);
  let pending: Update[] = [];
  let keyEvents: KeyEvent[] | null = null;
  let timer: number | undefined;

  const button = document.createElement("button");
  button.type = "button";
  button.className = "live-new-button";
  button.hidden = true;
  document.body.append(button);

  const say = (text: string) => {
    notice.textContent = text;
  };

  function show() {
    if (!pending.length) return;
    const tpl = document.createElement("template");
    tpl.innerHTML = pending.map((u) => u.html).join("");
    const first = tpl.content.firstElementChild as HTMLElement | null;
    list!.prepend(tpl.content);
    section.querySelector(".live-empty")?.remove();
    enhanceEmbeds(list!);
    drawKeyEvents();
    pending = [];
    button.hidden = true;
    say("");
    if (first) {
      first.tabIndex = -1;
      first.scrollIntoView({ block: "start" });
      first.focus({ preventScroll: true });
    }
  }
  button.addEventListener("click", show);

  async function poll() {
    timer = undefined;
    if (document.visibilityState === "visible") {
      try {
        const res = await fetch(`/api/live/${id}?after=${latest}`, { headers: { accept: "application/json" } });
        const body = res.ok ? ((await res.json()) as Poll) : null;
        if (body?.ok) {
          if (body.present) await reconcile(new Map(body.present), body.known ?? 0, body.keyEvents ?? null);
          const fresh = body.updates.filter((u) => u.id > latest && !pending.some((p) => p.id === u.id));
          if (fresh.length) {
            pending = [...fresh, ...pending].sort((a, b) => b.id - a.id);
            latest = Math.max(latest, ...fresh.map((u) => u.id));
            const n = pending.length;
            button.textContent = `تحديثات جديدة (${n}) — اعرضها`;
            button.hidden = false;
            say(n === 1 ? "تحديثات جديدة: وصل تحديث واحد." : `تحديثات جديدة: وصلت ${n} تحديثات.`);
          }
          if (body.status !== "live") {
            section.classList.remove("is-live");
            return; // coverage ended: no more polling
          }
        }
      } catch {
        // offline for a moment: try again at the next tick
      }
    }
    timer = window.setTimeout(poll, POLL_MS);
  }

  const shown = () => [...list!.querySelectorAll<HTMLElement>(".live-update[data-update-id]")];

  /** Drop what the desk deleted, replace what it edited, then redraw the key events. */
  async function reconcile(present: Map<number, number>, known: number, keys: KeyEvent[] | null) {
    let changed = false;
    pending = pending.filter((u) => present.has(u.id));
    const stale: HTMLElement[] = [];
    for (const el of shown()) {
      const updateId = Number(el.dataset.updateId);
      // An answer older than the page (a cached copy) says nothing of updates newer than it.
      if (updateId > known) continue;
      const stamp = present.get(updateId);
      if (stamp === undefined) {
        el.remove();
        changed = true;
      } else if (String(stamp) !== el.dataset.stamp) stale.push(el);
    }
    if (stale.length) {
      // Edits are rare: the whole list once, shared in caches with every other open page.
      const res = await fetch(`/api/live/${id}?after=0`, { headers: { accept: "application/json" } });
      const all = res.ok ? ((await res.json()) as Poll) : null;
      const byId = new Map((all?.ok ? all.updates : []).map((u) => [u.id, u.html]));
      for (const el of stale) {
        const html = byId.get(Number(el.dataset.updateId));
        if (!html) continue;
        const tpl = document.createElement("template");
        tpl.innerHTML = html;
        const next = tpl.content.firstElementChild as HTMLElement | null;
        if (!next) continue;
        el.replaceWith(next);
        enhanceEmbeds(next);
        changed = true;
      }
    }
    const keysChanged = keys !== null && JSON.stringify(keys) !== JSON.stringify(keyEvents);
    if (keys !== null) keyEvents = keys;
    if (changed || keysChanged) drawKeyEvents();
  }

  /** «أبرز الأحداث» as the server draws it, for the key events the page shows. */
  function drawKeyEvents() {
    const nav = document.querySelector<HTMLElement>("nav.key-events");
    const ol = nav?.querySelector("ol");
    if (!nav || !ol || keyEvents === null) return;
    const onPage = new Set(shown().map((el) => Number(el.dataset.updateId)));
    const items = keyEvents.filter((k) => onPage.has(k.id)).map((k) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `#update-${k.id}`;
      const time = document.createElement("time");
      time.dateTime = k.at;
      time.textContent = k.time;
      a.append(time, ` ${k.label}`);
      li.append(a);
      return li;
    });
    ol.replaceChildren(...items);
    nav.hidden = items.length === 0;
  }

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && timer === undefined) void poll();
  });
  timer = window.setTimeout(poll, POLL_MS);
}

for (const section of document.querySelectorAll<HTMLElement>("section.live-coverage[data-live-id]")) start(section);
