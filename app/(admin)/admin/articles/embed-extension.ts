import { Node } from "@tiptap/react";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { embedFor, parseEmbedUrl, PROVIDER_INFO, isProvider } from "@/lib/embeds/providers";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    embed: { insertEmbed: (attrs: { provider: string; url: string; title?: string | null }) => ReturnType };
  }
}

type Attrs = { provider: string; url: string; title: string | null };

/** The content to insert for pasted plain text: null unless a line is an embed URL alone. */
export function pastedEmbedContent(text: string) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (!lines.some((l) => parseEmbedUrl(l))) return null;
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      const e = parseEmbedUrl(l);
      return e ? { type: "embed", attrs: { provider: e.provider, url: e.url, title: null } } : { type: "paragraph", content: [{ type: "text", text: l.trim() }] };
    });
}

/**
 * An embed block (decision 190): <figure data-embed data-url data-title></figure>. In the
 * editor it is a card with the provider's name and the URL: no thumbnail, no frame, so
 * writing asks the provider for nothing either. A provider URL pasted alone on its line
 * becomes one (before the link extension would make it a link).
 */
export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  priority: 1000,
  addAttributes() {
    return {
      provider: { default: null, parseHTML: (el) => el.getAttribute("data-embed") },
      url: { default: null, parseHTML: (el) => el.getAttribute("data-url") },
      title: { default: null, parseHTML: (el) => el.getAttribute("data-title") || null },
    };
  },
  parseHTML() {
    return [
      {
        tag: "figure[data-embed]",
        priority: 100,
        getAttrs: (el) => (embedFor(el.getAttribute("data-embed") ?? "", el.getAttribute("data-url") ?? "") ? null : false),
      },
    ];
  },
  renderHTML({ node }) {
    const a = node.attrs as Attrs;
    return ["figure", { "data-embed": a.provider, "data-url": a.url, ...(a.title ? { "data-title": a.title } : {}) }];
  },
  addNodeView() {
    return ({ node, getPos, editor }) => {
      const a = node.attrs as Attrs;
      const dom = document.createElement("figure");
      dom.className = "embed-preview";
      dom.contentEditable = "false";
      const name = isProvider(a.provider) ? PROVIDER_INFO[a.provider].name : a.provider;
      const head = document.createElement("p");
      head.className = "embed-preview-provider";
      head.textContent = `تضمين من ${name}`;
      const url = document.createElement("p");
      url.className = "embed-preview-url";
      url.dir = "ltr";
      url.textContent = a.url;
      const title = document.createElement("p");
      title.className = "embed-preview-title";
      title.textContent = a.title ? `العنوان: ${a.title}` : "بلا عنوان (يظهر للقراء اسم المنصة فقط)";
      const edit = document.createElement("button");
      edit.type = "button";
      edit.textContent = "عنوان التضمين";
      edit.addEventListener("click", () => {
        const next = window.prompt("عنوان يظهر للقراء قبل تحميل المحتوى (اختياري)", a.title ?? "");
        if (next === null || typeof getPos !== "function") return;
        const pos = getPos();
        if (pos === undefined) return;
        editor.chain().focus().command(({ tr }) => {
          tr.setNodeMarkup(pos, undefined, { ...a, title: next.trim().slice(0, 200) || null });
          return true;
        }).run();
      });
      dom.append(head, url, title, edit);
      return { dom, stopEvent: (e) => e.target === edit };
    };
  },
  addCommands() {
    return {
      insertEmbed:
        ({ provider, url, title = null }) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { provider, url, title } }),
    };
  },
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey("embedPaste"),
        props: {
          handlePaste: (_view, event) => {
            const text = event.clipboardData?.getData("text/plain") ?? "";
            const html = event.clipboardData?.getData("text/html") ?? "";
            // Several lines with rich HTML (Word, Docs) keep the paste cleanup's path.
            if (!text || (html && /\n./.test(text.trim()))) return false;
            const content = pastedEmbedContent(text);
            if (!content) return false;
            return editor.chain().focus().insertContent(content).run();
          },
        },
      }),
    ];
  },
});
