import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate build folders let several checkouts or test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Hashing every cached page (FNV-1a over ~100 KB of HTML) for an ETag costs more than
  // serving it; pages carry Cache-Control and are revalidated by tag instead.
  generateEtags: false,
  // Rendered pages and cached data live in memory only: every start clears them anyway
  // (decision 033), and skipping the disk writes saves ~5 ms of each first visit. The
  // page cache (decision 007) holds the busiest pages in front of this one.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  // The home page lives at a dynamic segment so it can be cached like the others (decision 004).
  async rewrites() {
    return { beforeFiles: [{ source: "/", destination: "/front/ar" }], afterFiles: [], fallback: [] };
  },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "sharp", "@node-rs/argon2"],
  images: {
    // Uploaded and demo images are served from our own /media route.
    localPatterns: [{ pathname: "/media/**" }],
    formats: ["image/avif", "image/webp"],
    deviceSizes: [360, 480, 640, 828, 1080, 1280],
    imageSizes: [96, 160, 240, 320],
  },
};

export default nextConfig;
