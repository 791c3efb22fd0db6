"use client";

import Image from "@tiptap/extension-image";
import { useRef, useState } from "react";
import { TableKit } from "@tiptap/extension-table";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { parseEmbedUrl } from "@/lib/embeds/providers";
import { Embed } from "./embed-extension";
import { MediaPicker } from "@/components/admin/media-picker.client";
import { Figure } from "./figure-extension";
import { PasteCleanup } from "./paste-extension";

// The body editor. Pasted HTML is cleaned first (Word's list paragraphs become lists, headings
// move one level down, tables keep their cells: lib/articles/paste, decision 155); then
// ProseMirror keeps only what the schema knows. The server sanitizes again whatever arrives
// (lib/articles/sanitize.ts).
// `compact`: the smaller instance of live coverage updates (no headings or tables).
export function RichText({ initialHtml, onChange, label = "نص المقال", compact = false }: { initialHtml: string; onChange: (html: string) => void; label?: string; compact?: boolean }) {
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false } }),
      Image,
      Figure,
      TableKit.configure({ table: { resizable: false } }),
      PasteCleanup,
      Embed,
    ],
    content: initialHtml,
    editorProps: { attributes: { dir: "rtl", "aria-label": label, role: "textbox", "aria-multiline": "true" } },
    onUpdate: ({ editor }) => onChange(editor.getHTML()),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? { bold: e.isActive("bold"), italic: e.isActive("italic"), h2: e.isActive("heading", { level: 2 }), h3: e.isActive("heading", { level: 3 }), quote: e.isActive("blockquote"), ul: e.isActive("bulletList"), ol: e.isActive("orderedList"), link: e.isActive("link"), table: e.isActive("table"), headerRow: e.isActive("tableHeader") }
        : null,
  });
  if (!editor) return <div className="rte" aria-busy="true" />;
  const btn = (label: string, active: boolean | undefined, run: () => void) => (
    <button type="button" aria-pressed={active ? "true" : "false"} onClick={run}>
      {label}
    </button>
  );
  const act = (label: string, run: () => void) => (
    <button type="button" onClick={run}>
      {label}
    </button>
  );
  const c = () => editor.chain().focus();
  return (
    <div className="rte">
      <div className="rte-toolbar" role="toolbar" aria-label="تنسيق النص">
        {btn("عريض", state?.bold, () => c().toggleBold().run())}
        {btn("مائل", state?.italic, () => c().toggleItalic().run())}
        {!compact && btn("عنوان", state?.h2, () => c().toggleHeading({ level: 2 }).run())}
        {!compact && btn("عنوان فرعي", state?.h3, () => c().toggleHeading({ level: 3 }).run())}
        {btn("اقتباس", state?.quote, () => c().toggleBlockquote().run())}
        {btn("قائمة", state?.ul, () => c().toggleBulletList().run())}
        {btn("قائمة مرقمة", state?.ol, () => c().toggleOrderedList().run())}
        {btn("رابط", state?.link, () => {
          const href = window.prompt("عنوان الرابط (https://…)", editor.getAttributes("link").href ?? "");
          if (href === null) return;
          if (href === "") c().unsetLink().run();
          else c().extendMarkRange("link").setLink({ href }).run();
        })}
        <MediaPicker
          label="صورة من المكتبة"
          title="أدرج صورة من المكتبة في النص"
          onChoose={(m) => c().insertFigure({ src: m.url, alt: m.alt ?? "", caption: m.caption ?? "" }).run()}
        />
        <BodyUpload onUploaded={(src, alt) => c().insertFigure({ src, alt, caption: "" }).run()} />
        {!compact && act("جدول", () => c().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
        {act("تضمين", () => {
          const raw = window.prompt("رابط من يوتيوب أو فيميو أو إكس أو فيسبوك أو إنستغرام أو تيك توك أو ساوند كلاود أو خرائط غوغل");
          if (!raw) return;
          const e = parseEmbedUrl(raw);
          if (!e) window.alert("هذا الرابط غير مدعوم للتضمين. الصق رابط منشور أو مقطع من إحدى المنصات المذكورة.");
          else c().insertEmbed({ provider: e.provider, url: e.url }).run();
        })}
      </div>
      {state?.table && (
        <div className="rte-toolbar rte-table-tools" role="toolbar" aria-label="تحرير الجدول">
          {act("صف قبله", () => c().addRowBefore().run())}
          {act("صف بعده", () => c().addRowAfter().run())}
          {act("حذف الصف", () => c().deleteRow().run())}
          {act("عمود قبله", () => c().addColumnBefore().run())}
          {act("عمود بعده", () => c().addColumnAfter().run())}
          {act("حذف العمود", () => c().deleteColumn().run())}
          {btn("صف العناوين", state.headerRow, () => c().toggleHeaderRow().run())}
          {act("حذف الجدول", () => c().deleteTable().run())}
        </div>
      )}
      <EditorContent editor={editor} className="rte-content" />
    </div>
  );
}

/** «رفع صورة» in the toolbar: the same upload as the featured image (a known file is reused), then a figure. */
function BodyUpload({ onUploaded }: { onUploaded: (src: string, alt: string) => void }) {
  const [status, setStatus] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  async function upload(file: File) {
    setStatus(`جارٍ رفع ${file.name}…`);
    const body = new FormData();
    body.set("file", file);
    const res = await fetch("/api/admin/media", { method: "POST", body }).catch(() => null);
    const json = (await res?.json().catch(() => null)) as { url?: string; message?: string; reused?: boolean } | null;
    if (input.current) input.current.value = "";
    if (!res?.ok || !json?.url) return setStatus(json?.message ?? "تعذر رفع الصورة.");
    setStatus(json.reused ? (json.message ?? null) : null);
    const alt = window.prompt("وصف الصورة (النص البديل)") ?? "";
    onUploaded(json.url, alt);
  }
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        رفع صورة
      </button>
      <input ref={input} type="file" accept="image/jpeg,image/png,image/webp" hidden onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
      {status && (
        <span className="hint" role="status">
          {status}
        </span>
      )}
    </>
  );
}
