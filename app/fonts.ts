import localFont from "next/font/local";

// Self-hosted from @fontsource packages: nothing is fetched at build or run time.
// Each face comes in unicode-range subsets (decision 111): the Arabic block (app/_fonts/, cut
// from the package's Arabic file by scripts/fonts/subset-arabic.sh: half its size), the rest
// of the package's Arabic file for the rare extended letters and presentation forms, and the
// Latin subset for what Arabic pages also print — digits, «», (), ":", ",", "." and spaces —
// so dates and numbers never fall back to whatever font a reader's device has. A browser
// downloads a subset only when the page uses its characters, and a weight only when the page
// uses it. The stacks are assembled in globals.css (--font-body, --font-head): Arabic
// subset, Latin subset, then a metric-matched fallback. `display: optional`: a face that has
// not arrived within the browser's short block period (~100 ms) is not swapped in on that
// page — the page keeps the fallback and the file is cached for the next page — so text
// never moves once laid out (decision 111). On Android the fallback is the system's own
// Noto Naskh Arabic, the same design.
// next/font reads these calls at build time: every path and value must be a literal.
// Arabic core: U+0600-06FF and the joiners; Arabic extended: U+0750-…, U+FB50-…; Latin subset: U+0000-00FF, general punctuation (U+2000-206F)…

// Body text (Naskh): regular and a real bold (no synthesised strokes in <strong>, names…).
export const naskh = localFont({
  src: [
    { path: "./_fonts/noto-naskh-arabic-400-core.woff2", weight: "400" },
    { path: "./_fonts/noto-naskh-arabic-700-core.woff2", weight: "700" },
  ],
  variable: "--font-body-arabic",
  display: "optional",
  declarations: [{ prop: "unicode-range", value: "U+0600-06FF,U+200C-200E" }],
  // The CSS is read before any text is laid out; only the headline face is worth a preload.
  preload: false,
  fallback: [],
  adjustFontFallback: false,
});

// The rest of fontsource's Arabic subset (Arabic Extended, presentation forms: legacy
// codepoints pasted from old documents, ﷺ…), from the package's own files: downloaded only
// by a page that prints one of those characters.
export const naskhExtended = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-body-arabic-extended",
  display: "optional",
  declarations: [{ prop: "unicode-range", value: "U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC" }],
  preload: false,
  fallback: [],
  adjustFontFallback: false,
});

export const naskhLatin = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-latin-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-body-latin",
  display: "optional",
  declarations: [{ prop: "unicode-range", value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD" }],
  preload: false,
  // Next measures the face and writes a fallback face over the system's Times New Roman
  // with the same ascent, descent, line gap and average width (size-adjust).
  adjustFontFallback: "Times New Roman",
  fallback: ["Noto Naskh Arabic", "Amiri", "Traditional Arabic", "serif"],
});

// Headlines (Kufi bold): the largest text on every page, usually its LCP: preloaded.
export const kufi = localFont({
  src: [{ path: "./_fonts/noto-kufi-arabic-700-core.woff2", weight: "700" }],
  variable: "--font-head-arabic",
  display: "optional",
  declarations: [{ prop: "unicode-range", value: "U+0600-06FF,U+200C-200E" }],
  preload: true,
  fallback: [],
  adjustFontFallback: false,
});

export const kufiExtended = localFont({
  src: [{ path: "../node_modules/@fontsource/noto-kufi-arabic/files/noto-kufi-arabic-arabic-700-normal.woff2", weight: "700" }],
  variable: "--font-head-arabic-extended",
  display: "optional",
  declarations: [{ prop: "unicode-range", value: "U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC" }],
  preload: false,
  fallback: [],
  adjustFontFallback: false,
});

export const kufiLatin = localFont({
  src: [{ path: "../node_modules/@fontsource/noto-kufi-arabic/files/noto-kufi-arabic-latin-700-normal.woff2", weight: "700" }],
  variable: "--font-head-latin",
  display: "optional",
  declarations: [{ prop: "unicode-range", value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD" }],
  preload: false,
  adjustFontFallback: "Arial",
  fallback: ["Noto Kufi Arabic", "Tahoma", "sans-serif"],
});

export const fontVariables = [naskh, naskhExtended, naskhLatin, kufi, kufiExtended, kufiLatin].map((f) => f.variable).join(" ");
