import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityForm, type FieldDef } from "@/components/admin/entity-form.client";
import { articlePath, authorPath, supplementPath } from "@/lib/articles/urls";
import { pagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { formatArabicDateTime } from "@/lib/dates/format";
import { idSegment } from "@/lib/http/params";
import { creditLine } from "@/lib/media/credit";
import { CROPS, percent, type CropKind } from "@/lib/media/focal";
import { getMedia } from "@/lib/media/queries";
import { RENDITION_WIDTHS } from "@/lib/media/widths";
import { cropUrl, mediaUrl } from "@/lib/media/url";
import { describeUses, USE_LABELS, whereUsed, type MediaUse } from "@/lib/media/where-used";
import { TagStepForm } from "../../tags/tag-step-form.client";
import { deleteMediaAction, saveMediaFocusAction, saveMediaMetaAction } from "../actions";
import { FocalPicker } from "./focal-picker.client";

const FIELDS: FieldDef[] = [
  { name: "alt", label: "النص البديل (وصف الصورة لمن لا يراها)", type: "textarea" },
  { name: "caption", label: "التعليق (يظهر تحت الصورة)", type: "textarea" },
  { name: "credit", label: "المصدر: المصوّر أو الوكالة" },
];

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024)).toLocaleString("ar")} ك.ب`;

export default async function MediaPage({ params, searchParams }: Props) {
  const user = await pagePermission("media:upload");
  const id = idSegment((await params).id);
  const m = id ? await getMedia(id) : null;
  if (!m) notFound();
  const uses = await whereUsed(m);
  const manage = can(user, "media:manage");
  const askDelete = (await searchParams).act === "delete";
  const src = mediaUrl(m.path);
  const name = m.originalName ?? m.path.split("/").at(-1) ?? "";
  const credit = creditLine(m.credit);
  return (
    <>
      <p>
        <Link href="/admin/media">← مكتبة الوسائط</Link>
      </p>
      <h1>{m.caption || m.alt || name}</h1>
      <div className="media-page">
        <section aria-labelledby="media-picture">
          <h2 id="media-picture" className="visually-hidden">
            الصورة
          </h2>
          {manage ? (
            <FocalPicker id={m.id} src={src} width={m.width} height={m.height} x={percent(m.focalX)} y={percent(m.focalY)} action={saveMediaFocusAction} />
          ) : (
            <figure className="media-figure">
              {/* eslint-disable-next-line @next/next/no-img-element -- the library's own view of an upload */}
              <img src={`${src}?w=828`} alt={m.alt ?? ""} width={m.width} height={m.height} />
              {credit && <figcaption className="hint">{credit}</figcaption>}
            </figure>
          )}
        </section>
        <section aria-labelledby="media-facts">
          <h2 id="media-facts">عن الملف</h2>
          <dl className="media-facts">
            <dt>اسم الملف</dt>
            <dd dir="auto">{name}</dd>
            <dt>الأبعاد</dt>
            <dd>
              <bdi dir="ltr">
                {m.width}×{m.height}
              </bdi>{" "}
              بكسل
            </dd>
            <dt>الحجم والنوع</dt>
            <dd>
              {kb(m.bytes)} · <bdi dir="ltr">{m.mime}</bdi>
            </dd>
            <dt>رفعها</dt>
            <dd>
              {m.uploader ?? "غير معروف"} · {formatArabicDateTime(m.createdAt)}
            </dd>
            <dt>النص البديل</dt>
            <dd>{m.alt || "لا نص بديل"}</dd>
            <dt>التعليق</dt>
            <dd>{m.caption || "لا تعليق"}</dd>
            <dt>المصدر كما يراه القارئ</dt>
            <dd>{credit ?? "لا مصدر"}</dd>
          </dl>
          <h3>المقاسات</h3>
          <ul className="media-sizes">
            <li>
              <a href={src}>
                الأصل (<bdi dir="ltr">{`${m.width}×${m.height}`}</bdi>)
              </a>
            </li>
            {RENDITION_WIDTHS.filter((w) => w < m.width).map((w) => (
              <li key={w}>
                <a href={`${src}?w=${w}`}>عرض {w}</a>
              </li>
            ))}
            {(Object.keys(CROPS) as CropKind[]).map((k) => (
              <li key={k}>
                <a href={k === "og" ? cropUrl(m.path, k, m) : `${cropUrl(m.path, k, m)}&w=640`}>{CROPS[k].label}</a>
              </li>
            ))}
          </ul>
          <p className="hint">تُرسل الصور للمتصفح بصيغة AVIF أو WebP حين يقبلها، وإلا بصيغة الأصل؛ صورة المشاركة JPEG دائماً.</p>
        </section>
      </div>

      <section aria-labelledby="media-uses">
        <h2 id="media-uses">أين تُستعمل</h2>
        {uses.length === 0 ? <p>لا تُستعمل في أي مكان.</p> : <UsesList uses={uses} />}
      </section>

      {manage && (
        <section aria-labelledby="media-edit">
          <h2 id="media-edit">بيانات الصورة</h2>
          <EntityForm
            action={saveMediaMetaAction}
            fields={FIELDS}
            values={{ alt: m.alt, caption: m.caption, credit: m.credit }}
            hidden={{ id: m.id }}
            submitLabel="حفظ البيانات"
            title="بيانات الصورة"
          />
          <p className="hint">يُكتب المصدر اسماً («علي حسين») فيظهر «تصوير: علي حسين»، أو كما يُراد أن يظهر («رويترز»، «المصدر: وزارة الصحة»).</p>
        </section>
      )}

      {manage && (
        <section aria-labelledby="media-delete">
          <h2 id="media-delete">حذف الصورة</h2>
          {uses.length > 0 ? (
            <p className="form-error">لا تُحذف صورة مستعملة. هي الآن: {describeUses(uses)}. أزلها من هناك أولاً.</p>
          ) : askDelete ? (
            <TagStepForm
              action={deleteMediaAction}
              title="تأكيد حذف الصورة"
              hidden={{ id: m.id }}
              question={`ستُحذف الصورة «${name}» وكل مقاساتها نهائياً. لا يمكن التراجع عن الحذف.`}
              confirmLabel="نعم، احذف الصورة"
              cancelHref={`/admin/media/${m.id}`}
            />
          ) : (
            <Link href={`/admin/media/${m.id}?act=delete#media-delete`} className="btn">
              حذف الصورة…
            </Link>
          )}
        </section>
      )}
    </>
  );
}

function UsesList({ uses }: { uses: MediaUse[] }) {
  return (
    <ul className="media-uses">
      {uses.map((u) => (
        <li key={`${u.kind}:${u.id}`}>
          {USE_LABELS[u.kind]}:{" "}
          {"title" in u ? (
            <>
              <Link href={`/admin/articles/${u.id}`}>{u.title}</Link>
              {u.status === "published" && (
                <>
                  {" "}
                  (<a href={articlePath(u)}>كما يراها القارئ</a>)
                </>
              )}
            </>
          ) : (
            <Link href={u.kind === "author-photo" ? authorPath(u.slug) : supplementPath(u.slug)}>{"name" in u ? u.name : ""}</Link>
          )}
        </li>
      ))}
    </ul>
  );
}
