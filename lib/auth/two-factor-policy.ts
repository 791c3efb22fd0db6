import type { Role } from "@/lib/generated/prisma/enums";

// Who must use two-factor sign-in: the site setting «التحقق بخطوتين إلزامي لـ» (decision 132).
export const TWO_FACTOR_POLICIES = ["none", "admins", "editors", "everyone"] as const;
export type TwoFactorPolicy = (typeof TWO_FACTOR_POLICIES)[number];

export const TWO_FACTOR_POLICY_LABELS: Record<TwoFactorPolicy, string> = {
  none: "لا أحد (اختياري للجميع)",
  admins: "المديرون",
  editors: "المديرون والمحررون",
  everyone: "كل الموظفين",
};

/** Must an account with this role have two-factor sign-in under this policy? */
export function roleNeedsTwoFactor(role: Role, policy: TwoFactorPolicy | string | null | undefined): boolean {
  switch (policy) {
    case "everyone":
      return true;
    case "editors":
      return role === "admin" || role === "editor";
    case "admins":
      return role === "admin";
    default:
      return false;
  }
}
