import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";
import { TWO_FACTOR_POLICIES } from "@/lib/auth/two-factor-policy";
import { counted, LETTERS } from "@/lib/arabic/plural";
import { SOCIAL_NETWORKS, normalizeSocialUrl, socialError, type SocialKey } from "./social";

// The site settings form (/admin/settings) and its action. Fields added after the first
// version are optional: a form that does not carry one (an older page, a script) leaves the
// stored value as it is; an empty field clears it. There is no timezone: dates are Baghdad
// time everywhere (decision 145).

const longest = (max: number) => `${counted(max, LETTERS)} على الأكثر.`;
const plain = (max: number) => text().trim().max(max, longest(max)).optional();

const social = (key: SocialKey) => {
  const network = SOCIAL_NETWORKS.find((n) => n.key === key)!;
  return text()
    .trim()
    .max(300, longest(300))
    .transform((v, ctx) => {
      if (v === "") return "";
      const url = normalizeSocialUrl(key, v);
      if (url) return url;
      ctx.addIssue({ code: "custom", message: socialError(network) });
      return z.NEVER;
    })
    .optional();
};

const mediaId = z.preprocess(
  (v) => (v === "" || v === null ? null : v),
  z.coerce.number("الصورة غير صالحة.").int("الصورة غير صالحة.").positive("الصورة غير صالحة.").max(2_147_483_647, "الصورة غير صالحة.").nullable().optional(),
);

export const settingsSchema = z.object({
  siteName: text().trim().min(1, "اسم الموقع مطلوب.").max(100, longest(100)),
  siteDescription: plain(200),
  logoId: mediaId,
  socialFacebook: social("socialFacebook"),
  socialX: social("socialX"),
  socialInstagram: social("socialInstagram"),
  socialYoutube: social("socialYoutube"),
  socialTelegram: social("socialTelegram"),
  socialWhatsapp: social("socialWhatsapp"),
  commentPolicyText: plain(2000),
  contactEmail: text()
    .trim()
    .toLowerCase()
    .max(200, longest(200))
    .refine((v) => v === "" || z.email().safeParse(v).success, "بريد التواصل غير صالح.")
    .optional(),
  contactPhone: text()
    .trim()
    .max(40, longest(40))
    .refine((v) => v === "" || /^\+?[(0-9\u0660-\u0669][0-9\u0660-\u0669 ()-]{4,}$/.test(v), "هاتف التواصل: أرقام ومسافات وشرطات، ويجوز أن يبدأ بـ +.")
    .optional(),
  contactAddress: plain(500),
  mailFrom: text()
    .trim()
    .toLowerCase()
    .max(200)
    .default("")
    .refine((v) => v === "" || z.email().safeParse(v).success, "عنوان المرسل غير صالح."),
  // Absent (an older form): the stored rule stays as it is.
  twoFactorRequiredFor: z.enum(TWO_FACTOR_POLICIES, "اختر من القائمة.").optional(),
});

export type SettingsInput = z.infer<typeof settingsSchema>;
