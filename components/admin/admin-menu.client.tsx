"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * The dashboard menu as a disclosure: folded on phones (admin.css shows it always on wider
 * screens). It works without script; with script it folds again after each navigation so the
 * next page is not hidden under the open menu, and opens it on wide screens.
 */
export function AdminMenu({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    // Open where admin.css shows it anyway (wide screens), so assistive technology and axe see
    // its links as shown; folded on phones.
    const wide = window.matchMedia("(min-width: 50rem)");
    const sync = () => {
      if (ref.current) ref.current.open = wide.matches;
    };
    sync();
    wide.addEventListener("change", sync);
    return () => wide.removeEventListener("change", sync);
  }, [pathname]);
  return (
    <details className="admin-menu" ref={ref}>
      <summary>القائمة</summary>
      {children}
    </details>
  );
}
