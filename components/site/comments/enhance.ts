// /reader.js: the only script of readers' pages (decision 110), bundled from this file by
// scripts/build-reader-script.mjs. The pages work without it (plain forms and links); it
// improves them: the comment counter counts as the reader types, the forms check their
// fields and post with fetch so the reader stays in place, and "load more" appends the next
// page of comments (the same server-rendered HTML the link leads to) instead of leaving.
// Listeners sit on the document, so comments appended later are handled the same way.
import { RESULT_MESSAGES } from "@/lib/comments/errors";
import { remainingText } from "@/lib/comments/length";
import { checkCommentFields } from "@/lib/comments/rules";

type Posted = { id: number; authorName: string; body: string };

const commentForm = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLFormElement>("form.comment-form") : null);

function setMessage(form: HTMLFormElement, kind: "success" | "error" | null, text = "") {
  form.querySelector(":scope > .notice")?.remove();
  if (!kind) return;
  const p = document.createElement("p");
  p.className = `notice ${kind}`;
  p.setAttribute("role", kind === "error" ? "alert" : "status");
  p.textContent = text;
  form.querySelector(":scope > button[type=submit]")?.after(p);
}

function setFieldErrors(form: HTMLFormElement, fields: Record<string, string>) {
  const uid = form.dataset.uid ?? "cf";
  form.querySelectorAll(".field-error").forEach((e) => e.remove());
  for (const name of ["name", "body"]) {
    const input = form.elements.namedItem(name);
    if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) continue;
    input.removeAttribute("aria-invalid");
    input.setAttribute("aria-describedby", name === "body" ? `${uid}-counter` : "");
    if (!input.getAttribute("aria-describedby")) input.removeAttribute("aria-describedby");
  }
  for (const [key, text] of Object.entries(fields)) {
    const input = form.elements.namedItem(key === "name" ? "name" : "body");
    if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) continue;
    const span = document.createElement("span");
    span.className = "field-error";
    span.id = `${uid}-${key}-error`;
    span.dataset.field = key;
    span.textContent = text;
    input.closest(".field")?.append(span);
    if (key === "name" || key === "body") {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", `${input.getAttribute("aria-describedby") ?? ""} ${span.id}`.trim());
    }
  }
}

/** A comment that was published at once, shown where the list would show it. */
function showPosted(form: HTMLFormElement, c: Posted, parentId: string | null) {
  if (document.getElementById(`comment-${c.id}`)) return;
  const item = document.createElement("article");
  item.className = `comment just-posted${parentId ? " comment-reply" : ""}`;
  item.id = `comment-${c.id}`;
  const head = document.createElement("div");
  head.className = "comment-head";
  const strong = document.createElement("strong");
  const bdi = document.createElement("bdi");
  bdi.textContent = c.authorName;
  strong.append(bdi);
  const when = document.createElement("span");
  when.textContent = "الآن";
  head.append(strong, when);
  const body = document.createElement("p");
  body.className = "comment-body";
  body.textContent = c.body;
  item.append(head, body);
  const thread = parentId ? form.closest<HTMLElement>(".comment-list > .comment") : null;
  if (thread) {
    let replies = thread.querySelector(":scope > .comment-replies");
    if (!replies) {
      replies = document.createElement("div");
      replies.className = "comment-replies";
      thread.querySelector(":scope > .comment-reply-box")?.before(replies);
    }
    replies.append(item);
    return;
  }
  const list = document.querySelector(".comment-list");
  const more = list?.querySelector(":scope > .load-more");
  if (more) more.before(item);
  else if (list) list.append(item);
  else form.after(item);
}

async function submitComment(form: HTMLFormElement) {
  if (form.dataset.busy) return;
  const data = new FormData(form);
  const parentId = data.get("parentId");
  const input = {
    name: String(data.get("name") ?? ""),
    body: String(data.get("body") ?? ""),
    parentId: parentId ? Number(parentId) : undefined,
    website: String(data.get("website") ?? ""),
  };
  // The rules the handler applies (lib/comments/rules.ts), before anything is sent.
  const local = checkCommentFields(input);
  if (Object.keys(local).length) {
    setFieldErrors(form, local);
    setMessage(form, "error", "راجع الحقول المشار إليها.");
    return;
  }
  const button = form.querySelector<HTMLButtonElement>(":scope > button[type=submit]");
  form.dataset.busy = "1";
  if (button) {
    button.disabled = true;
    button.textContent = "جارٍ الإرسال…";
  }
  setMessage(form, null);
  try {
    const res = await fetch(form.action, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(input),
    });
    const answer = (await res.json().catch(() => ({}))) as {
      status?: "pending" | "approved";
      comment?: Posted | null;
      message?: string;
      fields?: Record<string, string>;
    };
    if (res.ok && answer.status) {
      setFieldErrors(form, {});
      const body = form.elements.namedItem("body");
      if (body instanceof HTMLTextAreaElement) {
        body.value = "";
        updateCounter(body);
      }
      setMessage(form, "success", RESULT_MESSAGES[answer.status]);
      if (answer.comment) showPosted(form, answer.comment, parentId ? String(parentId) : null);
    } else {
      setFieldErrors(form, answer.fields ?? {});
      setMessage(form, "error", answer.message ?? "تعذّر إرسال التعليق. حاول مرة أخرى.");
    }
  } catch {
    setMessage(form, "error", "تعذّر الاتصال بالخادم. حاول مرة أخرى.");
  } finally {
    delete form.dataset.busy;
    if (button) {
      button.disabled = false;
      button.textContent = button.dataset.label ?? "أرسل";
    }
  }
}

async function submitReport(form: HTMLFormElement) {
  const reason = new FormData(form).get("reason");
  const say = (text: string) => {
    form.querySelector(":scope > .field-error")?.remove();
    const p = document.createElement("p");
    p.className = "field-error";
    p.setAttribute("role", "alert");
    p.textContent = text;
    form.append(p);
  };
  if (!reason) return say("اختر سبب الإبلاغ.");
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
  if (button) button.disabled = true;
  try {
    const res = await fetch(form.action, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ reason }),
    });
    const answer = (await res.json().catch(() => ({}))) as { message?: string };
    if (res.ok) {
      const done = document.createElement("p");
      done.className = "comment-report-done";
      done.setAttribute("role", "status");
      done.textContent = RESULT_MESSAGES.reported;
      form.closest("details.comment-report")?.replaceWith(done);
    } else say(answer.message ?? "تعذّر إرسال البلاغ.");
  } catch {
    say("تعذّر الاتصال بالخادم.");
  } finally {
    if (button) button.disabled = false;
  }
}

/** "المزيد من التعليقات": the next page's comments, taken from the page the link leads to. */
async function loadMore(link: HTMLAnchorElement) {
  if (link.getAttribute("aria-busy") === "true") return;
  link.setAttribute("aria-busy", "true");
  const label = link.textContent;
  link.textContent = "جارٍ التحميل…";
  if (link.nextElementSibling?.matches(".load-more-error")) link.nextElementSibling.remove();
  try {
    const res = await fetch(link.href.split("#")[0]!, { headers: { Accept: "text/html" } });
    if (!res.ok) throw new Error(String(res.status));
    const page = new DOMParser().parseFromString(await res.text(), "text/html");
    for (const thread of page.querySelectorAll(".comment-list > .comment")) {
      if (!document.getElementById(thread.id)) link.before(document.importNode(thread, true));
    }
    const next = page.querySelector<HTMLAnchorElement>(".comment-list > a.load-more");
    if (next) {
      link.href = next.getAttribute("href") ?? link.href;
      link.textContent = label;
    } else link.remove();
  } catch {
    link.textContent = label;
    const p = document.createElement("p");
    p.className = "field-error load-more-error";
    p.textContent = "تعذّر تحميل المزيد من التعليقات.";
    link.after(p);
  } finally {
    link.removeAttribute("aria-busy");
  }
}

function updateCounter(body: HTMLTextAreaElement) {
  const form = commentForm(body);
  const counter = form && document.getElementById(`${form.dataset.uid}-counter`);
  if (counter) counter.textContent = remainingText(body.value);
}

document.addEventListener("input", (e) => {
  if (e.target instanceof HTMLTextAreaElement && e.target.name === "body" && commentForm(e.target)) updateCounter(e.target);
});

document.addEventListener("submit", (e) => {
  const form = e.target;
  if (!(form instanceof HTMLFormElement)) return;
  if (form.matches("form.comment-form")) {
    e.preventDefault();
    void submitComment(form);
  } else if (form.closest("details.comment-report")) {
    e.preventDefault();
    void submitReport(form);
  }
});

document.addEventListener("click", (e) => {
  const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>(".comment-list a.load-more") : null;
  if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  void loadMore(link);
});

// A form restored by the browser (back/forward) shows the count of the text it holds.
for (const body of document.querySelectorAll<HTMLTextAreaElement>("form.comment-form textarea[name=body]")) {
  if (body.value) updateCounter(body);
}
