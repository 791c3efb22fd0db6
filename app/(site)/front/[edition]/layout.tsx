import { ReaderPage } from "@/components/site/reader-page";

/** The front page marks «الرئيسية» in the sections bar. */
export default function FrontLayout({ children }: { children: React.ReactNode }) {
  return <ReaderPage current="home">{children}</ReaderPage>;
}
