import type { Metadata } from "next";
import Link from "next/link";
import { pagePermission } from "@/lib/auth/page-guard";
import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/content-api/openapi";

export const metadata: Metadata = { title: "مرجع الواجهة البرمجية" };
export const dynamic = "force-dynamic";

type Param = { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> };
type Operation = { summary: string; parameters: Param[]; responses: Record<string, { description: string }> };

/** The API reference, read from the same OpenAPI document the API serves (decision 178). */
export default async function ApiReferencePage() {
  await pagePermission("apikey:manage");
  const doc = openApiDocument(env.SITE_URL);
  const base = doc.servers[0]!.url;
  return (
    <>
      <h1>مرجع الواجهة البرمجية</h1>
      <p className="muted">
        واجهة للقراءة فقط تعطي ما ينشره الموقع للقراء وحده. أرسل مفتاحاً من <Link href="/admin/api-keys">صفحة المفاتيح</Link> في الترويسة{" "}
        <bdi dir="ltr">Authorization: Bearer …</bdi>. القوائم تُقسّم بالمؤشر <bdi dir="ltr">next_cursor</bdi>، و<bdi dir="ltr">fields=</bdi> يختار
        الحقول، والأخطاء تحمل رسالة بالعربية (<bdi dir="ltr">message</bdi>) وأخرى بالإنجليزية (<bdi dir="ltr">message_en</bdi>). الوثيقة الكاملة بصيغة
        OpenAPI 3.1: <a href="/api/v1/openapi.json" dir="ltr">/api/v1/openapi.json</a>
      </p>
      <p dir="ltr" className="api-ref-example">
        <code>curl -H &quot;Authorization: Bearer midad_…&quot; {base}/articles?limit=5</code>
      </p>
      {Object.entries(doc.paths).map(([path, item]) => {
        const op = (item as { get: Operation }).get;
        return (
          <section key={path} className="api-ref-op" aria-labelledby={`op-${path}`}>
            <h2 id={`op-${path}`} dir="ltr">
              GET /api/v1{path}
            </h2>
            <p dir="ltr">{op.summary}</p>
            {op.parameters.length > 0 && (
              <table className="table" dir="ltr">
                <thead>
                  <tr>
                    <th>parameter</th>
                    <th>in</th>
                    <th>description</th>
                  </tr>
                </thead>
                <tbody>
                  {op.parameters.map((p) => (
                    <tr key={p.name}>
                      <td data-label="parameter">
                        <code>{p.name}</code>
                        {p.required ? " (required)" : ""}
                      </td>
                      <td data-label="in">{p.in}</td>
                      <td data-label="description">{p.description ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p dir="ltr" className="muted">
              Answers: {Object.keys(op.responses).join(", ")}
            </p>
          </section>
        );
      })}
    </>
  );
}
