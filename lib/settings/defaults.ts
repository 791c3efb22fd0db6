// Site settings and their defaults; stored as JSON values in SiteSetting.
export const DEFAULT_SETTINGS = {
  siteName: "المدى",
  siteDescription: "جريدة يومية سياسية مستقلة تصدر عن مؤسسة المدى للإعلام والثقافة والفنون",
  timezone: "Asia/Baghdad",
  /** "pre": comments wait for a moderator; "post": they appear at once. */
  commentPolicy: "pre" as "pre" | "post",
  reportThreshold: 3,
  /** Days after publication when comments close; null: never. */
  commentAutoCloseDays: null as number | null,
  bannedWords: [] as string[],
  suspectWords: [] as string[],
};

export type SiteSettings = typeof DEFAULT_SETTINGS;
