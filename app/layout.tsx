import type { Metadata, Viewport } from "next";
import { env } from "@/lib/env";
import { fontVariables } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { template: "%s | المدى", default: "المدى" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#a4161a" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ar" dir="rtl" className={fontVariables}>
      <body>{children}</body>
    </html>
  );
}
