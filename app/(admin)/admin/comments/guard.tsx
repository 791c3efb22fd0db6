/** What moderation pages show a signed-in user who lacks the permission. */
export function Forbidden() {
  return (
    <>
      <h1>غير مسموح</h1>
      <p className="form-error" role="alert">
        ليست لديك صلاحية لإدارة التعليقات.
      </p>
    </>
  );
}
