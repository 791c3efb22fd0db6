import { ReaderPage } from "@/components/site/reader-page";

/** The masthead and main landmark (no section of the bar is this page's). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ReaderPage>{children}</ReaderPage>;
}
