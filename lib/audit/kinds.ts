// Every kind of event the audit log records, its Arabic name (the filter's options) and the
// group it belongs to. Pure: read by the log writer's type, the page and the unit tests.
// A kind missing here is a type error in lib/audit/log.ts and in the sentence table.

export const AUDIT_GROUPS = {
  article: "المقالات",
  comment: "التعليقات",
  taxonomy: "الأقسام والوسوم والملاحق والكتّاب",
  media: "الصور",
  signin: "الدخول والخروج",
  account: "الحسابات وكلمات المرور",
  staff: "الموظفون والدعوات",
  settings: "الإعدادات",
  mail: "البريد",
  api: "الواجهة البرمجية للمحتوى",
  front: "الصفحة الأولى",
} as const;

export type AuditGroup = keyof typeof AUDIT_GROUPS;

export const AUDIT_KINDS = {
  "article.create": ["article", "إنشاء مقالة"],
  "article.edit": ["article", "تعديل مقالة"],
  "article.submit": ["article", "إرسال مقالة للمراجعة"],
  "article.publish": ["article", "نشر مقالة"],
  "article.schedule": ["article", "جدولة مقالة"],
  "article.publish_scheduled": ["article", "نشر مجدول"],
  "article.unpublish": ["article", "إلغاء نشر مقالة"],
  "article.unschedule": ["article", "إلغاء جدولة مقالة"],
  "article.archive": ["article", "أرشفة مقالة"],
  "article.restore": ["article", "استعادة نسخة سابقة"],
  "article.delete": ["article", "حذف مقالة"],
  "live.start": ["article", "بدء تغطية مباشرة"],
  "live.end": ["article", "إنهاء تغطية مباشرة"],
  "live.update_add": ["article", "إضافة تحديث مباشر"],
  "live.update_edit": ["article", "تعديل تحديث مباشر"],
  "live.update_delete": ["article", "حذف تحديث مباشر"],
  "correction.add": ["article", "إضافة تصحيح"],
  "correction.edit": ["article", "تعديل تصحيح"],
  "correction.withdraw": ["article", "سحب تصحيح"],
  "comment.approve": ["comment", "قبول تعليق"],
  "comment.reject": ["comment", "رفض تعليق"],
  "comment.spam": ["comment", "تصنيف تعليق مزعجاً"],
  "comment.block": ["comment", "حظر كاتب تعليق"],
  "comment.settings": ["comment", "تعديل سياسة التعليقات"],
  "section.create": ["taxonomy", "إضافة قسم"],
  "section.update": ["taxonomy", "تعديل قسم"],
  "section.delete": ["taxonomy", "حذف قسم"],
  "tag.create": ["taxonomy", "إضافة وسم"],
  "tag.update": ["taxonomy", "تعديل وسم"],
  "tag.merge": ["taxonomy", "دمج وسم"],
  "tag.delete": ["taxonomy", "حذف وسم"],
  "supplement.create": ["taxonomy", "إضافة ملحق"],
  "supplement.update": ["taxonomy", "تعديل ملحق"],
  "supplement.delete": ["taxonomy", "حذف ملحق"],
  "author.create": ["taxonomy", "إضافة كاتب"],
  "author.update": ["taxonomy", "تعديل كاتب"],
  "author.delete": ["taxonomy", "حذف كاتب"],
  "media.upload": ["media", "رفع صورة"],
  "media.edit": ["media", "تعديل بيانات صورة"],
  "media.focus": ["media", "تغيير النقطة المحورية لصورة"],
  "media.delete": ["media", "حذف صورة"],
  "auth.signin": ["signin", "دخول"],
  "auth.signin_failed": ["signin", "محاولة دخول فاشلة"],
  "auth.two_factor_failed": ["signin", "رمز تحقق خاطئ عند الدخول"],
  "auth.recovery_code_used": ["signin", "دخول برمز استرداد"],
  "auth.signout": ["signin", "خروج"],
  "auth.session_end": ["signin", "إنهاء جلسة"],
  "auth.sessions_end_others": ["signin", "إنهاء الجلسات الأخرى"],
  "auth.password_change": ["account", "تغيير كلمة المرور"],
  "auth.password_reset_request": ["account", "طلب رابط إعادة تعيين كلمة المرور"],
  "auth.password_reset": ["account", "إعادة تعيين كلمة المرور"],
  "auth.two_factor_enable": ["account", "تفعيل التحقق بخطوتين"],
  "auth.two_factor_disable": ["account", "إيقاف التحقق بخطوتين"],
  "auth.two_factor_reset": ["account", "إعادة ضبط التحقق بخطوتين لموظف"],
  "auth.recovery_codes": ["account", "إصدار رموز استرداد جديدة"],
  "staff.create": ["staff", "إنشاء حساب"],
  "staff.role": ["staff", "تغيير دور"],
  "staff.deactivate": ["staff", "تعطيل حساب"],
  "staff.activate": ["staff", "تفعيل حساب"],
  "staff.sessions_end": ["staff", "إنهاء جلسات موظف"],
  "staff.invite": ["staff", "دعوة موظف"],
  "staff.invite_resend": ["staff", "إعادة إرسال دعوة"],
  "staff.invite_revoke": ["staff", "إلغاء دعوة"],
  "staff.invite_accept": ["staff", "قبول دعوة"],
  "settings.update": ["settings", "تعديل إعدادات الموقع"],
  "mail.retry": ["mail", "إعادة إرسال بريد"],
  "apikey.create": ["api", "إنشاء مفتاح للواجهة البرمجية"],
  "apikey.revoke": ["api", "إلغاء مفتاح للواجهة البرمجية"],
  "webhook.create": ["api", "تسجيل وجهة إشعارات (webhook)"],
  "webhook.update": ["api", "تعديل وجهة إشعارات"],
  "webhook.pause": ["api", "إيقاف وجهة إشعارات مؤقتاً"],
  "webhook.resume": ["api", "استئناف وجهة إشعارات"],
  "webhook.delete": ["api", "حذف وجهة إشعارات"],
  "webhook.rotate": ["api", "تغيير سرّ وجهة إشعارات"],
  "webhook.resend": ["api", "إعادة إرسال إشعار"],
  "front.save": ["front", "حفظ مسودة الصفحة الأولى"],
  "front.publish": ["front", "نشر ترتيب الصفحة الأولى"],
  "front.schedule": ["front", "جدولة ترتيب الصفحة الأولى"],
  "front.unschedule": ["front", "إلغاء جدولة ترتيب الصفحة الأولى"],
  "front.publish_scheduled": ["front", "نشر مجدول للصفحة الأولى"],
  "front.restore": ["front", "استعادة ترتيب سابق للصفحة الأولى"],
} as const satisfies Record<string, readonly [AuditGroup, string]>;

export type AuditAction = keyof typeof AUDIT_KINDS;

export function isAuditAction(s: string): s is AuditAction {
  return Object.hasOwn(AUDIT_KINDS, s);
}

/** The filter's «نوع الحدث»: a whole group ("g:article") or one kind ("article.publish"). */
export function kindsOf(filter: string): AuditAction[] | null {
  if (filter.startsWith("g:")) {
    const group = filter.slice(2);
    const kinds = (Object.keys(AUDIT_KINDS) as AuditAction[]).filter((k) => AUDIT_KINDS[k][0] === group);
    return kinds.length ? kinds : null;
  }
  return isAuditAction(filter) ? [filter] : null;
}

export function kindOptions(): { group: string; options: { value: string; label: string }[] }[] {
  return (Object.keys(AUDIT_GROUPS) as AuditGroup[]).map((g) => ({
    group: AUDIT_GROUPS[g],
    options: [
      { value: `g:${g}`, label: `كل أحداث ${AUDIT_GROUPS[g]}` },
      ...(Object.keys(AUDIT_KINDS) as AuditAction[]).filter((k) => AUDIT_KINDS[k][0] === g).map((k) => ({ value: k, label: AUDIT_KINDS[k][1] })),
    ],
  }));
}
