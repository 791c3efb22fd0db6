// The signing secret, shown once (after creation or rotation), with how a receiver checks a
// delivery with it. Presentational: rendered by the client forms that got the secret.

const SAMPLE = `import { createHmac, timingSafeEqual } from "node:crypto";

// secret: "whsec_…"; id, timestamp, signature: the request's webhook-id,
// webhook-timestamp and webhook-signature headers; body: the raw body as received.
function verify(secret, id, timestamp, signature, body) {
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const mac = createHmac("sha256", key).update(\`\${id}.\${timestamp}.\${body}\`).digest("base64");
  const want = Buffer.from(\`v1,\${mac}\`);
  return signature.split(" ").some((s) => {
    const got = Buffer.from(s);
    return got.length === want.length && timingSafeEqual(got, want);
  });
}`;

export function SecretShownOnce({ secret }: { secret: string }) {
  return (
    <div className="api-key-secret webhook-secret" role="region" aria-label="سرّ التوقيع">
      <p>سرّ التوقيع (يظهر هذه المرة فقط، احفظه عند المستقبِل):</p>
      <code dir="ltr" data-testid="webhook-secret">
        {secret}
      </code>
      <details>
        <summary>كيف يتحقق المستقبِل من الإشعار</summary>
        <ol>
          <li>
            يحمل كل إشعار الترويسات <bdi dir="ltr">webhook-id</bdi> و<bdi dir="ltr">webhook-timestamp</bdi> و<bdi dir="ltr">webhook-signature</bdi> (طريقة
            Standard Webhooks، ومكتباتها المنشورة تتحقق بهذا السرّ مباشرة).
          </li>
          <li>
            يحسب المستقبِل HMAC-SHA256 للنص <bdi dir="ltr">id.timestamp.body</bdi> (الجسم كما وصل حرفاً بحرف) بمفتاح هو ما بعد{" "}
            <bdi dir="ltr">whsec_</bdi> مفكوكاً من base64.
          </li>
          <li>
            يقبل الإشعار إذا طابق الناتج بترميز base64 ما بعد <bdi dir="ltr">v1,</bdi> في <bdi dir="ltr">webhook-signature</bdi>، وكان الوقت
            ضمن خمس دقائق.
          </li>
          <li>
            قد يصل الإشعار نفسه مرتين (بعد إعادة المحاولة): <bdi dir="ltr">webhook-id</bdi> ثابت لكل إشعار، فليتجاهل المستقبِل ما رآه من قبل.
          </li>
        </ol>
        <pre dir="ltr" className="webhook-sample">
          <code>{SAMPLE}</code>
        </pre>
      </details>
    </div>
  );
}
