import type { ListedWord } from "@/lib/arabic/match";
import type { TwoFactorPolicy } from "@/lib/auth/two-factor-policy";

// Site settings and their defaults; stored as JSON values in SiteSetting.
export const DEFAULT_SETTINGS = {
  siteName: "المدى",
  /** The tagline: under the masthead's name, in the front page's title and the site's description. */
  siteDescription: "جريدة يومية سياسية مستقلة تصدر عن مؤسسة المدى للإعلام والثقافة والفنون",
  /** The masthead's logo (a Media id); null: the name in text. Dates are Baghdad time (decision 145). */
  logoId: null as number | null,
  /** The paper's accounts (lib/settings/social.ts); empty: not shown. */
  socialFacebook: "",
  socialX: "",
  socialInstagram: "",
  socialYoutube: "",
  socialTelegram: "",
  socialWhatsapp: "",
  /** Shown above the readers' comment form; empty: nothing. */
  commentPolicyText: "",
  /** The public contact page /contact. */
  contactEmail: "",
  contactPhone: "",
  contactAddress: "",
  /** "pre": comments wait for a moderator; "post": they appear at once. */
  commentPolicy: "pre" as "pre" | "post",
  reportThreshold: 3,
  /** Days after publication when comments close; null: never. */
  commentAutoCloseDays: null as number | null,
  /** Word lists: { word, exact } (lib/arabic/match.ts); lists saved before issue 17 hold plain strings. */
  bannedWords: [] as (string | ListedWord)[],
  suspectWords: [] as (string | ListedWord)[],
  /** From address of outgoing mail; empty: no-reply at SITE_URL's host (lib/mail/sender.ts). */
  mailFrom: "",
  /** Who must sign in with two factors (lib/auth/two-factor-policy.ts, decision 132). */
  twoFactorRequiredFor: "none" as TwoFactorPolicy,
};

export type SiteSettings = typeof DEFAULT_SETTINGS;
