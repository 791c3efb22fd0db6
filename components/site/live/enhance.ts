// Part of /reader.js (decision 192): a live page asks /api/live/<id>?after=<newest shown> every
// few seconds while it is visible. New updates are held and announced politely («تحديثات
// جديدة», aria-live) by a button that floats over the page; nothing is inserted above what
// the reader is reading until they press it. The HTML comes from our own server, rendered by
// the same function as the page (lib/live/render.ts), so a reload shows exactly the same.
import { enhanceEmbeds } from "../embeds/enhance";

type Update = { id: number; keyEvent: boolean; keyLabel: string; html: string };
type Poll = { ok: boolean; status: "live" | "ended"; latest: number; updates: Update[] };

const POLL_MS = 10_000;

function start(section: HTMLElement) {
  const id = section.dataset.liveId;
  const list = section.querySelector<HTMLElement>(".live-updates");
  const notice = section.querySelector<HTMLElement>(".live-notice");
  if (!id || !/^\d+$/.test(id) || !list || !notice) return;
  let latest = Number(section.dataset.liveLatest ?? 0);
  let pending: Update[] = [];
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
    addKeyEvents(pending.filter((u) => u.keyEvent));
    enhanceEmbeds(list!);
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

  function addKeyEvents(keys: Update[]) {
    const nav = document.querySelector<HTMLElement>("nav.key-events");
    const ol = nav?.querySelector("ol");
    if (!nav || !ol || !keys.length) return;
    for (const u of [...keys].reverse()) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `#update-${u.id}`;
      const time = list!.querySelector(`#update-${u.id} time`);
      if (time) a.append(time.cloneNode(true), " ");
      a.append(u.keyLabel);
      li.append(a);
      ol.prepend(li);
    }
    nav.hidden = false;
  }

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && timer === undefined) void poll();
  });
  timer = window.setTimeout(poll, POLL_MS);
}

for (const section of document.querySelectorAll<HTMLElement>("section.live-coverage[data-live-id]")) start(section);
