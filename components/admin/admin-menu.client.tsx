"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * The dashboard menu as a disclosure: folded on phones (admin.css shows it always on wider
 * screens). It works without script; with script it folds again after each navigation so the
 * next page is not hidden under the open menu.
 */
export function AdminMenu({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details className="admin-menu" ref={ref}>
      <summary>القائمة</summary>
      {children}
    </details>
  );
}
