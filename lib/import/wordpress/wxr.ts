import fs from "node:fs";
import { SaxesParser } from "saxes";

// Streaming reader of WordPress's export format (WXR 1.2, wp-admin/includes/export.php).
// The file is read in chunks; only one channel child (an author, a term or an item with
// its comments) is held in memory at a time, so a 1 GB export needs bounded memory.

/** One element below <channel>: name, attributes, text (text + CDATA joined), children. */
export type WxrNode = { name: string; attrs: Record<string, string>; text: string; children: WxrNode[]; line: number };

/** A clear error naming where the file stopped making sense. */
export class WxrError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`ملف التصدير غير صالح في السطر ${line}، العمود ${column}: ${message}`);
  }
}

/** saxes's English reasons, said in Arabic for the operator (the original is kept after it). */
function arabicReason(raw: string): string {
  if (/unclosed tag/i.test(raw)) return `الملف مبتور: انتهى قبل أن يُغلق عنصر مفتوح (${raw})`;
  if (/unexpected close tag|unmatched closing tag/i.test(raw)) return `وسم إغلاق لا يطابق ما فُتح (${raw})`;
  if (/disallowed character|invalid character|unexpected character/i.test(raw)) return `حرف غير مسموح به في XML (${raw})`;
  return `XML غير سليم (${raw})`;
}

/**
 * Parse `file`, calling `onNode` for each complete child of <channel> in file order
 * (awaited: backpressure). Throws WxrError on malformed or truncated input.
 */
export async function readWxr(
  file: string,
  onNode: (node: WxrNode) => Promise<void> | void,
  chunkBytes = 256 * 1024,
  onBytes?: (bytesRead: number) => void,
): Promise<{ lines: number }> {
  const parser = new SaxesParser({ position: true });
  const stack: WxrNode[] = [];
  const names: string[] = [];
  const ready: WxrNode[] = [];
  let failure: WxrError | null = null;
  let sawRss = false;
  let sawChannel = false;

  parser.on("error", (e) => {
    if (failure) return;
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(e.message);
    failure = new WxrError(arabicReason(m ? m[3]! : e.message), m ? Number(m[1]) : parser.line, m ? Number(m[2]) : parser.column);
  });
  parser.on("opentag", (tag) => {
    names.push(tag.name);
    const depth = names.length;
    if (depth === 1) {
      if (tag.name !== "rss") failure ??= new WxrError(`العنصر الجذر ‎<${tag.name}>‎ وليس ‎<rss>‎: هذا ليس ملف تصدير ووردبريس`, parser.line, parser.column);
      sawRss = true;
      return;
    }
    if (depth === 2) {
      if (tag.name === "channel") sawChannel = true;
      return;
    }
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === "string" ? v : v.value;
    const node: WxrNode = { name: tag.name, attrs, text: "", children: [], line: parser.line };
    stack.at(-1)?.children.push(node);
    stack.push(node);
  });
  const onText = (t: string) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    const depth = names.length;
    names.pop();
    if (depth < 3) return;
    const node = stack.pop()!;
    // Whitespace between child elements is not content.
    if (node.children.length) node.text = "";
    if (depth === 3) ready.push(node);
  });

  const drain = async () => {
    if (failure) throw failure;
    while (ready.length) await onNode(ready.shift()!);
  };

  const stream = fs.createReadStream(file, { encoding: "utf8", highWaterMark: chunkBytes });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      await drain();
      onBytes?.(stream.bytesRead);
    }
    parser.close();
    await drain();
  } finally {
    stream.destroy();
  }
  if (!sawRss || !sawChannel) throw new WxrError("لا يوجد فيه ‎<rss><channel>‎: هذا ليس ملف تصدير ووردبريس", parser.line, parser.column);
  return { lines: parser.line };
}

/** Text of the first child called `name` ("" when absent). */
export function childText(node: WxrNode, name: string): string {
  return node.children.find((c) => c.name === name)?.text ?? "";
}

export function childrenNamed(node: WxrNode, name: string): WxrNode[] {
  return node.children.filter((c) => c.name === name);
}
