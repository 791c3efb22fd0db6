import type { NextConfig } from "next";
import { DEVICE_SIZES, IMAGE_SIZES } from "./lib/media/widths";

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
    // Uploads are resized by app/media itself and kept on disk (lib/media/renditions.ts,
    // decision 097): Next's optimizer keeps its results only when ISR pages are flushed to
    // disk, which we turned off above. A custom loader also closes /_next/image (404).
    loader: "custom",
    loaderFile: "./lib/media/image-loader.ts",
    deviceSizes: DEVICE_SIZES,
    imageSizes: IMAGE_SIZES,
  },
};

export default nextConfig;
