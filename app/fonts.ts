import localFont from "next/font/local";

// Self-hosted from @fontsource packages: nothing is fetched at build or run time.
// Only the Arabic subsets, to keep the first load light on slow phone links.
export const naskh = localFont({
  src: [{ path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2", weight: "400" }],
  variable: "--font-body",
  display: "swap",
  fallback: ["Noto Naskh Arabic", "Amiri", "Traditional Arabic", "serif"],
});

export const kufi = localFont({
  src: [{ path: "../node_modules/@fontsource/noto-kufi-arabic/files/noto-kufi-arabic-arabic-700-normal.woff2", weight: "700" }],
  variable: "--font-head",
  display: "swap",
  fallback: ["Noto Kufi Arabic", "Tahoma", "sans-serif"],
});
