import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CorrectionNote } from "@/components/site/correction-note";
import { Pager } from "@/components/site/pager";
import { articlePath, parseListingTail } from "@/lib/articles/urls";
import { getCorrectionsPage } from "@/lib/corrections/queries";
import { getSiteSettings } from "@/lib/settings/queries";

// «التصحيحات» (decision 195): every live correction on a public piece, newest first, 20 a page
// at /corrections and /corrections/page/N. Cached like every reader page; a correction added,
// edited or withdrawn expires it (tag "corrections"), and so does any change to a piece
// (tag "latest": a title or an unpublished piece).

export const revalidate = 86400;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ page?: string[] }> };

const BASE = "/corrections";

async function load({ params }: Props) {
  const page = parseListingTail((await params).page);
  if (!page) notFound();
  const list = await getCorrectionsPage(page);
  if (page > list.pages) notFound();
  return list;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [list, settings] = await Promise.all([load(props), getSiteSettings()]);
  return {
    title: list.page > 1 ? `التصحيحات — صفحة ${list.page}` : "التصحيحات",
    description: `التصحيحات التي نشرتها ${settings.siteName} على مقالاتها، الأحدث أولاً.`,
    alternates: { canonical: list.page > 1 ? `${BASE}/page/${list.page}` : BASE },
  };
}

export default async function CorrectionsPage(props: Props) {
  const list = await load(props);
  return (
    <div className="corrections-page">
      <h1 className="page-title">التصحيحات</h1>
      <p>حين نخطئ نصحّح، ونقول ذلك علناً: هذه التصحيحات التي أُلحقت بمقالاتنا، الأحدث أولاً. يظهر كل تصحيح أيضاً على المقال نفسه.</p>
      {list.items.length === 0 ? (
        <p>لا تصحيحات منشورة.</p>
      ) : (
        <ol className="corrections-list">
          {list.items.map((c) => (
            <li key={c.id}>
              <p className="correction-piece">
                <Link href={`${articlePath(c.article)}#correction-${c.id}`}>{c.article.title}</Link>
              </p>
              <p className="correction-section">{c.article.sectionName}</p>
              <CorrectionNote text={c.text} createdAt={c.createdAt} editedAt={c.editedAt} />
            </li>
          ))}
        </ol>
      )}
      <Pager basePath={BASE} page={list.page} pages={list.pages} />
    </div>
  );
}
