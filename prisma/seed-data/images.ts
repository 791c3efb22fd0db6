// Demo pictures made locally with sharp (nothing downloaded): abstract "photos" in
// each section's colours and simple portraits for bylines.
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { SECTIONS, type SectionSlug } from "./demo-content";

const PALETTES: Record<SectionSlug, [string, string, string]> = {
  politics: ["#7a1f1f", "#c9a227", "#2b2b2b"],
  local: ["#1f5f7a", "#8fc1d4", "#20333b"],
  economy: ["#1f7a4d", "#d4c38f", "#16302a"],
  world: ["#2b3f8c", "#b8c4f0", "#151b33"],
  sports: ["#0f7a3a", "#f2f2f2", "#0a2a16"],
  culture: ["#7a4b1f", "#f0d9b8", "#33200d"],
  opinion: ["#4b4b4b", "#e0e0e0", "#1a1a1a"],
  investigations: ["#5a1f7a", "#d0b8f0", "#1f0d33"],
};

function photoSvg([a, b, c]: [string, string, string], variant: number) {
  const cx = 200 + variant * 420;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${c}"/></linearGradient></defs>
  <rect width="1200" height="675" fill="url(#g)"/>
  <circle cx="${cx}" cy="260" r="170" fill="${b}" opacity="0.35"/>
  <rect x="0" y="470" width="1200" height="205" fill="${c}" opacity="0.55"/>
  <path d="M0 470 L180 360 L340 440 L520 300 L700 420 L900 330 L1200 450 L1200 470 Z" fill="${b}" opacity="0.25"/>
</svg>`;
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
    for (const v of [0, 1]) {
      bySection[s.slug].push(await store(db, dir, `photo-${s.slug}-${v}`, photoSvg(PALETTES[s.slug], v), 1200, 675, `صورة من قسم ${s.name}`));
    }
  }
  const portraits: number[] = [];
  for (const [i, hue] of [20, 200, 120, 280, 40, 340, 170].entries()) {
    portraits.push(await store(db, dir, `portrait-${i}`, portraitSvg(hue), 400, 400, "صورة الكاتب"));
  }
  return { bySection, portraits };
}
