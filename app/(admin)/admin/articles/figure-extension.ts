import { mergeAttributes, Node } from "@tiptap/react";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: { insertFigure: (attrs: { src: string; alt: string; caption: string }) => ReturnType };
  }
}

/** An image with a caption: <figure><img><figcaption>…</figcaption></figure>, the caption editable in place. */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  content: "inline*",
  draggable: true,
  isolating: true,
  addAttributes() {
    return {
      src: { default: null, parseHTML: (el) => el.querySelector("img")?.getAttribute("src") ?? null },
      alt: { default: "", parseHTML: (el) => el.querySelector("img")?.getAttribute("alt") ?? "" },
    };
  },
  parseHTML() {
    return [{ tag: "figure", contentElement: "figcaption" }];
  },
  renderHTML({ HTMLAttributes }) {
    const { src, alt, ...rest } = HTMLAttributes as { src: string; alt: string };
    return ["figure", mergeAttributes(rest), ["img", { src, alt }], ["figcaption", 0]];
  },
  addCommands() {
    return {
      insertFigure:
        ({ src, alt, caption }) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { src, alt }, content: caption ? [{ type: "text", text: caption }] : [] }),
    };
  },
});
