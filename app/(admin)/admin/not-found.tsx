import Link from "next/link";

export default function AdminNotFound() {
  return (
    <>
      <h1>غير متاح</h1>
      <p>الصفحة غير موجودة أو ليست لديك صلاحية لفتحها.</p>
      <p>
        <Link href="/admin">العودة إلى لوحة التحكم</Link>
      </p>
    </>
  );
}
