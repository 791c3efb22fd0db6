// Demo pictures made locally with sharp (nothing downloaded): drawn scenes standing in for
// news photographs (a press conference, a city on the river, a market, a pitch…), in each
// section's colours and at several aspect ratios, and simple portraits for bylines.
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { SECTIONS, type SectionSlug } from "./demo-content";

const PALETTES: Record<SectionSlug, Palette> = {
  politics: ["#7a1f1f", "#c9a227", "#2b2b2b"],
  local: ["#1f5f7a", "#8fc1d4", "#20333b"],
  economy: ["#1f7a4d", "#d4c38f", "#16302a"],
  world: ["#2b3f8c", "#b8c4f0", "#151b33"],
  sports: ["#0f7a3a", "#f2f2f2", "#0a2a16"],
  culture: ["#7a4b1f", "#f0d9b8", "#33200d"],
  opinion: ["#4b4b4b", "#e0e0e0", "#1a1a1a"],
  investigations: ["#5a1f7a", "#d0b8f0", "#1f0d33"],
};

type Palette = [string, string, string];

/** Scenes that read as news photographs' stand-ins: a place, an event, a subject. */
const SCENES = {
  /** A city at dusk on a river: towers with lit windows and their reflection. */
  skyline: ([a, b, c]: Palette, w: number, h: number, seed: number) => {
    const towers = Array.from({ length: 11 }, (_, i) => {
      const tw = 70 + ((i * 37 + seed * 13) % 60);
      const th = h * (0.22 + (((i * 53 + seed * 7) % 40) / 100));
      const x = (i * w) / 11;
      const windows = Array.from({ length: Math.floor(th / 40) }, (_, r) => `<rect x="${x + 12}" y="${h * 0.68 - th + 14 + r * 40}" width="${tw - 30}" height="8" fill="${b}" opacity="${0.25 + ((r + i) % 3) * 0.15}"/>`).join("");
      return `<rect x="${x}" y="${h * 0.68 - th}" width="${tw}" height="${th}" fill="${c}" opacity="0.9"/>${windows}`;
    }).join("");
    return `<rect width="${w}" height="${h}" fill="url(#sky)"/><circle cx="${w * (0.2 + seed * 0.25)}" cy="${h * 0.3}" r="${h * 0.12}" fill="${b}" opacity="0.8"/>${towers}
      <rect y="${h * 0.68}" width="${w}" height="${h * 0.32}" fill="${c}"/><rect y="${h * 0.7}" width="${w}" height="${h * 0.3}" fill="${a}" opacity="0.35"/>
      ${[0.74, 0.8, 0.87, 0.94].map((y, i) => `<rect x="${w * (0.1 + i * 0.17)}" y="${h * y}" width="${w * 0.3}" height="3" fill="${b}" opacity="0.35"/>`).join("")}`;
  },
  /** A press conference: a lectern with microphones before a backdrop, the press in front. */
  podium: ([a, b, c]: Palette, w: number, h: number, seed: number) => {
    const heads = Array.from({ length: 14 }, (_, i) => `<circle cx="${(i + 0.5) * (w / 14) + ((i * 17 + seed) % 20)}" cy="${h * 0.9 + (i % 2) * 18}" r="${h * 0.07}" fill="${c}"/>`).join("");
    return `<rect width="${w}" height="${h}" fill="${a}"/>
      ${Array.from({ length: 6 }, (_, i) => `<rect x="${i * (w / 6)}" y="0" width="${w / 12}" height="${h}" fill="${b}" opacity="0.08"/>`).join("")}
      <rect x="${w * 0.62}" y="${h * 0.08}" width="${w * 0.12}" height="${h * 0.5}" fill="${b}" opacity="0.5"/>
      <rect x="${w * 0.38}" y="${h * 0.5}" width="${w * 0.24}" height="${h * 0.4}" fill="${c}"/>
      <circle cx="${w * 0.5}" cy="${h * 0.36}" r="${h * 0.09}" fill="${c}" opacity="0.85"/><rect x="${w * 0.43}" y="${h * 0.44}" width="${w * 0.14}" height="${h * 0.12}" rx="20" fill="${c}" opacity="0.85"/>
      ${[0.45, 0.5, 0.55].map((x) => `<line x1="${w * x}" y1="${h * 0.5}" x2="${w * 0.5}" y2="${h * 0.42}" stroke="${b}" stroke-width="5"/>`).join("")}
      ${heads}`;
  },
  /** A football pitch from the stands. */
  pitch: ([a, b, c]: Palette, w: number, h: number) =>
    `<rect width="${w}" height="${h}" fill="${c}"/>
      ${Array.from({ length: 40 }, (_, i) => `<circle cx="${(i * 53) % w}" cy="${h * (0.08 + ((i * 7) % 20) / 100)}" r="9" fill="${b}" opacity="0.3"/>`).join("")}
      <polygon points="0,${h} ${w},${h} ${w * 0.85},${h * 0.3} ${w * 0.15},${h * 0.3}" fill="${a}"/>
      ${[0, 1, 2, 3].map((i) => `<polygon points="${w * (0.15 + i * 0.175)},${h * 0.3} ${w * (0.2375 + i * 0.175)},${h * 0.3} ${w * (0.25 * i + 0.125)},${h} ${w * (0.25 * i)},${h}" fill="${c}" opacity="0.12"/>`).join("")}
      <line x1="${w * 0.5}" y1="${h * 0.3}" x2="${w * 0.5}" y2="${h}" stroke="${b}" stroke-width="4"/>
      <ellipse cx="${w * 0.5}" cy="${h * 0.62}" rx="${w * 0.12}" ry="${h * 0.08}" fill="none" stroke="${b}" stroke-width="4"/>
      <circle cx="${w * 0.58}" cy="${h * 0.75}" r="${h * 0.03}" fill="${b}"/>`,
  /** A market street under striped awnings. */
  market: ([a, b, c]: Palette, w: number, h: number) =>
    `<rect width="${w}" height="${h}" fill="${b}" opacity="0.9"/>
      ${Array.from({ length: 5 }, (_, i) => {
        const x = i * (w / 5);
        const stripes = Array.from({ length: 6 }, (_, k) => `<polygon points="${x + k * (w / 30)},${h * 0.15} ${x + (k + 1) * (w / 30)},${h * 0.15} ${x + (k + 1) * (w / 30) + 10},${h * 0.35} ${x + k * (w / 30) + 10},${h * 0.35}" fill="${k % 2 ? a : b}"/>`).join("");
        const crates = Array.from({ length: 3 }, (_, k) => `<rect x="${x + 20 + k * (w / 16)}" y="${h * 0.6}" width="${w / 18}" height="${h * 0.12}" fill="${k % 2 ? a : c}" opacity="0.85"/><circle cx="${x + 20 + k * (w / 16) + w / 36}" cy="${h * 0.58}" r="${h * 0.03}" fill="${a}"/>`).join("");
        return `<rect x="${x}" y="${h * 0.1}" width="${w / 5 - 8}" height="${h * 0.75}" fill="${c}" opacity="0.25"/>${stripes}${crates}`;
      }).join("")}
      <rect y="${h * 0.85}" width="${w}" height="${h * 0.15}" fill="${c}"/>
      ${[0.2, 0.45, 0.7].map((x) => `<circle cx="${w * x}" cy="${h * 0.66}" r="${h * 0.05}" fill="${c}"/><rect x="${w * x - h * 0.05}" y="${h * 0.71}" width="${h * 0.1}" height="${h * 0.2}" rx="12" fill="${c}"/>`).join("")}`,
  /** A trading screen: a falling-and-rising line over bars. */
  chart: ([a, b, c]: Palette, w: number, h: number, seed: number) => {
    const pts = Array.from({ length: 13 }, (_, i) => `${(i * w) / 12},${h * (0.35 + 0.25 * Math.sin(i * 0.9 + seed) + ((i * 13) % 7) / 60)}`).join(" ");
    return `<rect width="${w}" height="${h}" fill="${c}"/>
      ${Array.from({ length: 8 }, (_, i) => `<line x1="0" y1="${(i * h) / 8}" x2="${w}" y2="${(i * h) / 8}" stroke="${b}" stroke-width="1" opacity="0.15"/>`).join("")}
      ${Array.from({ length: 24 }, (_, i) => { const bh = h * (0.08 + ((i * 29 + seed * 11) % 25) / 100); return `<rect x="${(i * w) / 24 + 6}" y="${h - bh}" width="${w / 24 - 12}" height="${bh}" fill="${a}" opacity="0.7"/>`; }).join("")}
      <polyline points="${pts}" fill="none" stroke="${b}" stroke-width="8" stroke-linejoin="round"/>`;
  },
  /** The globe with routes across it. */
  globe: ([a, b, c]: Palette, w: number, h: number, seed: number) => {
    const r = h * 0.38;
    const cx = w * (0.35 + seed * 0.3);
    return `<rect width="${w}" height="${h}" fill="${c}"/>
      ${Array.from({ length: 60 }, (_, i) => `<circle cx="${(i * 97) % w}" cy="${(i * 61) % h}" r="2" fill="${b}" opacity="0.5"/>`).join("")}
      <circle cx="${cx}" cy="${h / 2}" r="${r}" fill="${a}"/>
      ${[0.3, 0.65, 1].map((k) => `<ellipse cx="${cx}" cy="${h / 2}" rx="${r * k}" ry="${r}" fill="none" stroke="${b}" stroke-width="3" opacity="0.5"/>`).join("")}
      ${[-0.5, 0, 0.5].map((k) => `<ellipse cx="${cx}" cy="${h / 2 + r * k}" rx="${r * Math.sqrt(1 - k * k)}" ry="${r * 0.12}" fill="none" stroke="${b}" stroke-width="3" opacity="0.5"/>`).join("")}
      <path d="M${cx - r * 0.7} ${h * 0.6} Q ${cx} ${h * 0.05} ${cx + r * 1.6} ${h * 0.35}" fill="none" stroke="${b}" stroke-width="5" stroke-dasharray="18 12"/>`;
  },
  /** Bookshelves (culture, the supplement). */
  books: ([a, b, c]: Palette, w: number, h: number, seed: number) =>
    `<rect width="${w}" height="${h}" fill="${c}"/>
      ${[0.05, 0.38, 0.71].map((y, row) => `<rect y="${h * (y + 0.27)}" width="${w}" height="${h * 0.03}" fill="${b}" opacity="0.6"/>` +
        Array.from({ length: 26 }, (_, i) => {
          const bw = w / 30 + ((i * 7 + row * 3 + seed) % 5) * 4;
          const bh = h * (0.19 + ((i * 11 + row) % 8) / 100);
          return `<rect x="${(i * w) / 26 + 4}" y="${h * (y + 0.27) - bh}" width="${Math.min(bw, w / 26 - 6)}" height="${bh}" fill="${[a, b, a, c][(i + row) % 4]}" opacity="${(i + row) % 4 === 3 ? 0.5 : 0.9}"/>`;
        }).join("")).join("")}`,
  /** Papers on a desk under a magnifying glass (investigations). */
  documents: ([a, b, c]: Palette, w: number, h: number, seed: number) =>
    `<rect width="${w}" height="${h}" fill="${c}"/>
      ${[-8, 5, -3].map((deg, i) => `<g transform="rotate(${deg + seed * 3} ${w * (0.3 + i * 0.2)} ${h / 2})"><rect x="${w * (0.15 + i * 0.2)}" y="${h * 0.15}" width="${w * 0.3}" height="${h * 0.75}" fill="${b}"/>${Array.from({ length: 9 }, (_, k) => `<rect x="${w * (0.18 + i * 0.2)}" y="${h * (0.22 + k * 0.07)}" width="${w * (0.22 - (k % 3) * 0.03)}" height="8" fill="${c}" opacity="0.35"/>`).join("")}</g>`).join("")}
      <circle cx="${w * 0.68}" cy="${h * 0.42}" r="${h * 0.17}" fill="${a}" opacity="0.3" stroke="${a}" stroke-width="18"/>
      <line x1="${w * 0.68 + h * 0.13}" y1="${h * 0.55}" x2="${w * 0.68 + h * 0.33}" y2="${h * 0.8}" stroke="${a}" stroke-width="30" stroke-linecap="round"/>`,
  /** The river with palms and an arched bridge. */
  river: ([a, b, c]: Palette, w: number, h: number, seed: number) =>
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>
      <rect y="${h * 0.6}" width="${w}" height="${h * 0.4}" fill="${a}"/>
      ${[0.66, 0.74, 0.83, 0.92].map((y, i) => `<rect x="${w * (0.05 + ((i * 0.23 + seed * 0.1) % 0.6))}" y="${h * y}" width="${w * 0.25}" height="4" fill="${b}" opacity="0.4"/>`).join("")}
      <path d="M0 ${h * 0.58} ${Array.from({ length: 5 }, (_, i) => `Q ${w * (0.1 + i * 0.2)} ${h * 0.38} ${w * (0.2 + i * 0.2)} ${h * 0.58}`).join(" ")}" fill="none" stroke="${c}" stroke-width="16"/>
      <rect y="${h * 0.5}" width="${w}" height="${h * 0.03}" fill="${c}"/>
      ${[0.08, 0.2, 0.86].map((x) => `<rect x="${w * x}" y="${h * 0.25}" width="14" height="${h * 0.36}" fill="${c}"/>${[-60, -25, 25, 60].map((d) => `<ellipse cx="${w * x + 7}" cy="${h * 0.25}" rx="70" ry="16" fill="${c}" transform="rotate(${d} ${w * x + 7} ${h * 0.25})"/>`).join("")}`).join("")}`,
} as const;
type Scene = keyof typeof SCENES;

/** Each section's pictures: its usual subjects, in its colours, at the aspect ratios photographers file. */
const SECTION_SCENES: Record<SectionSlug, Scene[]> = {
  politics: ["podium", "skyline", "documents"],
  local: ["river", "market", "skyline"],
  economy: ["chart", "market", "skyline"],
  world: ["globe", "podium", "river"],
  sports: ["pitch", "pitch", "skyline"],
  culture: ["books", "river", "market"],
  opinion: ["books", "documents", "podium"],
  investigations: ["documents", "chart", "river"],
};
const SIZES: [number, number][] = [[1200, 675], [1200, 800], [1200, 900]];

function photoSvg(palette: Palette, scene: Scene, variant: number) {
  const [w, h] = SIZES[variant % SIZES.length]!;
  const [a, b, c] = palette;
  return {
    width: w,
    height: h,
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${b}"/><stop offset="0.7" stop-color="${a}"/></linearGradient></defs>
  ${SCENES[scene](palette, w, h, variant)}
  <rect width="${w}" height="${h}" fill="${c}" opacity="0.06"/>
</svg>`,
  };
}

function portraitSvg(hue: number) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">
  <rect width="400" height="400" fill="hsl(${hue},35%,82%)"/>
  <circle cx="200" cy="160" r="80" fill="hsl(${hue},25%,38%)"/>
  <ellipse cx="200" cy="380" rx="140" ry="120" fill="hsl(${hue},25%,38%)"/>
</svg>`;
}

async function store(db: PrismaClient, dir: string, name: string, svg: string, width: number, height: number, alt: string) {
  const rel = `demo/${name}.jpg`;
  const file = path.join(dir, rel);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const buf = await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
  await fs.writeFile(file, buf);
  const variants: { width: number; path: string }[] = [];
  if (width > 640) {
    const small = `demo/${name}-640.webp`;
    await sharp(buf).resize({ width: 640 }).webp({ quality: 72 }).toFile(path.join(dir, small));
    variants.push({ width: 640, path: small });
  }
  const row = await db.media.upsert({
    where: { path: rel },
    update: {},
    create: { path: rel, mime: "image/jpeg", width, height, bytes: buf.length, alt, variants: JSON.stringify(variants) },
  });
  return row.id;
}

export async function seedImages(db: PrismaClient) {
  const dir = path.resolve(process.env.MEDIA_DIR ?? "./data/media");
  const bySection = {} as Record<SectionSlug, number[]>;
  for (const s of SECTIONS) {
    bySection[s.slug] = [];
    for (const [v, scene] of SECTION_SCENES[s.slug].entries()) {
      const photo = photoSvg(PALETTES[s.slug], scene, v);
      bySection[s.slug].push(await store(db, dir, `photo-${s.slug}-${v}`, photo.svg, photo.width, photo.height, `صورة من قسم ${s.name}`));
    }
  }
  const portraits: number[] = [];
  for (const [i, hue] of [20, 200, 120, 280, 40, 340, 170].entries()) {
    portraits.push(await store(db, dir, `portrait-${i}`, portraitSvg(hue), 400, 400, "صورة الكاتب"));
  }
  return { bySection, portraits };
}
