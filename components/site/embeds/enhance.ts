// Part of /reader.js (decision 190): embed placeholders get their «شغّل» / «اعرض المحتوى»
// button, and the provider's frame is created only when the reader presses it. Until then the
// page has asked the provider for nothing (the placeholder is our own markup: lib/embeds/placeholder.ts).

const FRAME_ALLOW = "autoplay; encrypted-media; fullscreen; picture-in-picture";

/** Add the button to every placeholder under `root` that has none yet. */
export function enhanceEmbeds(root: ParentNode = document) {
  for (const fig of root.querySelectorAll<HTMLElement>("figure.embed[data-frame]")) {
    const card = fig.querySelector(".embed-card");
    if (!card || card.querySelector("button.embed-load")) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "embed-load";
    button.textContent = fig.dataset.action === "play" ? "شغّل" : "اعرض المحتوى";
    button.setAttribute("aria-label", `${button.textContent}: ${fig.dataset.label ?? ""}`);
    card.querySelector(".embed-link")?.before(button);
  }
}

function loadFrame(fig: HTMLElement) {
  const src = fig.dataset.frame;
  // Only https player addresses built by the server; the page's CSP (frame-src) allows no other.
  if (!src || !src.startsWith("https://")) return;
  const frame = document.createElement("iframe");
  frame.src = src;
  frame.title = fig.dataset.label ?? "";
  frame.allow = FRAME_ALLOW;
  frame.allowFullscreen = true;
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation");
  fig.classList.add("embed-loaded");
  fig.querySelector(".embed-card")?.replaceWith(frame);
  frame.focus();
}

document.addEventListener("click", (e) => {
  const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>("figure.embed button.embed-load") : null;
  const fig = button?.closest<HTMLElement>("figure.embed");
  if (fig) loadFrame(fig);
});

enhanceEmbeds();
