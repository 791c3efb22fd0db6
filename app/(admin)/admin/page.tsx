import { requireUser } from "@/lib/auth/guard";

export default async function DashboardPage() {
  const user = await requireUser();
  return (
    <>
      <h1>لوحة التحكم</h1>
      <p>مرحباً {user.name}</p>
    </>
  );
}
