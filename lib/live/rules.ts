// The rules of live coverage (decision 192), pure so the unit tests and the dashboard read
// the same ones the mutations enforce.

export type LiveStatus = "live" | "ended" | null;

export const liveStatusOf = (v: string | null | undefined): LiveStatus => (v === "live" || v === "ended" ? v : null);

/** Only a published piece can be covered live; an ended coverage can be resumed. */
export function startRefusal(a: { status: string; liveStatus: string | null }): string | null {
  if (a.status !== "published") return "التغطية المباشرة للمواد المنشورة فقط: انشر المادة أولاً.";
  if (a.liveStatus === "live") return "التغطية المباشرة جارية بالفعل.";
  return null;
}

export function endRefusal(a: { liveStatus: string | null }): string | null {
  return a.liveStatus === "live" ? null : "لا توجد تغطية مباشرة جارية لهذه المادة.";
}

/** New updates only while live; an ended coverage keeps its updates, which stay editable. */
export function addRefusal(a: { status: string; liveStatus: string | null }): string | null {
  if (a.status !== "published") return "المادة غير منشورة.";
  return a.liveStatus === "live" ? null : "انتهت التغطية المباشرة أو لم تبدأ: ابدأها لإضافة تحديثات.";
}

export function editRefusal(a: { liveStatus: string | null }, u: { deletedAt: Date | null }): string | null {
  if (u.deletedAt) return "هذا التحديث محذوف.";
  return a.liveStatus ? null : "لا توجد تغطية مباشرة لهذه المادة.";
}

/** An update must say something: text, a picture or an embed. */
export function emptyUpdate(u: { bodyText: string; imageId: number | null; embedUrl: string | null }): boolean {
  return !u.bodyText.trim() && u.imageId == null && !u.embedUrl;
}

/** The anchor of an update on the page (#update-12): the key events list links to it. */
export const updateAnchor = (id: number) => `update-${id}`;
