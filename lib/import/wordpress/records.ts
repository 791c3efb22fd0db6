import { childText, childrenNamed, type WxrNode } from "./wxr";

// Typed views of WXR elements. Field names follow export.php's element names.

export type WpAuthor = { id: number; login: string; displayName: string; bio: string; line: number };
export type WpTerm = { termId: number; taxonomy: "category" | "post_tag"; slug: string; name: string; parentSlug: string; description: string; line: number };
export type WpComment = {
  id: number;
  author: string;
  ip: string;
  date: string;
  dateGmt: string;
  content: string;
  approved: string;
  type: string;
  parent: number;
};
export type WpItem = {
  id: number;
  type: string;
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  postDate: string;
  postDateGmt: string;
  modified: string;
  modifiedGmt: string;
  name: string;
  status: string;
  parent: number;
  commentStatus: string;
  attachmentUrl: string;
  /** `<category domain="category|post_tag" nicename="slug">name</category>` */
  terms: { domain: string; slug: string; name: string }[];
  meta: Record<string, string>;
  comments: WpComment[];
  line: number;
};

const int = (s: string) => {
  const n = Number(s.trim());
  return Number.isSafeInteger(n) ? n : 0;
};

export function toAuthor(n: WxrNode): WpAuthor {
  return {
    id: int(childText(n, "wp:author_id")),
    login: childText(n, "wp:author_login").trim(),
    displayName: childText(n, "wp:author_display_name").trim(),
    // Not in WordPress's own export; some exporters add it.
    bio: childText(n, "wp:author_description").trim(),
    line: n.line,
  };
}

export function toCategory(n: WxrNode): WpTerm {
  return {
    termId: int(childText(n, "wp:term_id")),
    taxonomy: "category",
    slug: childText(n, "wp:category_nicename").trim(),
    name: childText(n, "wp:cat_name").trim(),
    parentSlug: childText(n, "wp:category_parent").trim(),
    description: childText(n, "wp:category_description").trim(),
    line: n.line,
  };
}

export function toTag(n: WxrNode): WpTerm {
  return {
    termId: int(childText(n, "wp:term_id")),
    taxonomy: "post_tag",
    slug: childText(n, "wp:tag_slug").trim(),
    name: childText(n, "wp:tag_name").trim(),
    parentSlug: "",
    description: childText(n, "wp:tag_description").trim(),
    line: n.line,
  };
}

/** `<wp:term>` (generic taxonomies, WordPress 4.x+): only categories and tags matter here. */
export function toTerm(n: WxrNode): WpTerm | null {
  const taxonomy = childText(n, "wp:term_taxonomy").trim();
  if (taxonomy !== "category" && taxonomy !== "post_tag") return null;
  return {
    termId: int(childText(n, "wp:term_id")),
    taxonomy,
    slug: childText(n, "wp:term_slug").trim(),
    name: childText(n, "wp:term_name").trim(),
    parentSlug: childText(n, "wp:term_parent").trim(),
    description: childText(n, "wp:term_description").trim(),
    line: n.line,
  };
}

export function toItem(n: WxrNode): WpItem {
  const meta: Record<string, string> = {};
  for (const m of childrenNamed(n, "wp:postmeta")) meta[childText(m, "wp:meta_key")] = childText(m, "wp:meta_value");
  return {
    id: int(childText(n, "wp:post_id")),
    type: childText(n, "wp:post_type").trim(),
    title: childText(n, "title").trim(),
    link: childText(n, "link").trim(),
    guid: childText(n, "guid").trim(),
    creator: childText(n, "dc:creator").trim(),
    content: childText(n, "content:encoded"),
    excerpt: childText(n, "excerpt:encoded"),
    postDate: childText(n, "wp:post_date").trim(),
    postDateGmt: childText(n, "wp:post_date_gmt").trim(),
    modified: childText(n, "wp:post_modified").trim(),
    modifiedGmt: childText(n, "wp:post_modified_gmt").trim(),
    name: childText(n, "wp:post_name").trim(),
    status: childText(n, "wp:status").trim(),
    parent: int(childText(n, "wp:post_parent")),
    commentStatus: childText(n, "wp:comment_status").trim(),
    attachmentUrl: childText(n, "wp:attachment_url").trim(),
    terms: childrenNamed(n, "category").map((c) => ({ domain: c.attrs.domain ?? "", slug: c.attrs.nicename ?? "", name: c.text.trim() })),
    meta,
    comments: childrenNamed(n, "wp:comment").map((c) => ({
      id: int(childText(c, "wp:comment_id")),
      author: childText(c, "wp:comment_author").trim(),
      ip: childText(c, "wp:comment_author_IP").trim(),
      date: childText(c, "wp:comment_date").trim(),
      dateGmt: childText(c, "wp:comment_date_gmt").trim(),
      content: childText(c, "wp:comment_content"),
      approved: childText(c, "wp:comment_approved").trim(),
      type: childText(c, "wp:comment_type").trim(),
      parent: int(childText(c, "wp:comment_parent")),
    })),
    line: n.line,
  };
}
