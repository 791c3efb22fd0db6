import { Extension } from "@tiptap/react";
import { cleanPastedHtml } from "@/lib/articles/paste/clean-pasted-html";

/** Clipboard HTML from Word, Google Docs or the web is cleaned before the editor parses it. */
export const PasteCleanup = Extension.create({
  name: "pasteCleanup",
  transformPastedHTML(html) {
    return cleanPastedHtml(html);
  },
});
