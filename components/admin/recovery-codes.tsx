import styles from "./recovery-codes.module.css";

/** Recovery codes, shown once after they are made (decision 132): a list and a text file to keep. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const file = `رموز الاسترداد — كل رمز يصلح مرة واحدة\n\n${codes.join("\n")}\n`;
  return (
    <section className={`recovery-codes ${styles.codes}`} aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title">رموز الاسترداد</h2>
      <p>
        احفظ هذه الرموز العشرة في مكان آمن خارج هاتفك (مدير كلمات مرور أو ورقة مطبوعة). كل رمز يُدخلك مرة واحدة إن فقدت هاتفك. <strong>لن تظهر مرة أخرى.</strong>
      </p>
      <ol dir="ltr">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`} download="midad-recovery-codes.txt">
        تنزيل الرموز ملفاً نصياً
      </a>
    </section>
  );
}
