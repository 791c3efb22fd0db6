import "server-only";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { siteUrl } from "@/lib/http/site-url";
import { renderMail, type RenderedMail } from "./render";
import { counted, HOURS, MINUTES } from "@/lib/arabic/plural";

// The words of each message. Links are built on SITE_URL (lib/http/site-url.ts), never on the
// Host header of the request that caused the message.

export function invitationMail(o: { siteName: string; name: string; role: Role; inviter: string; token: string; hours: number }): RenderedMail {
  return renderMail({
    siteName: o.siteName,
    subject: `دعوة للانضمام إلى غرفة أخبار ${o.siteName}`,
    greeting: `مرحباً ${o.name}،`,
    paragraphs: [`دعاك ${o.inviter} للانضمام إلى فريق ${o.siteName} بدور «${ROLE_LABELS[o.role]}».`, "اختر كلمة مرورك من الرابط أدناه لتفعيل حسابك."],
    action: { label: "قبول الدعوة واختيار كلمة المرور", url: siteUrl(`/invite/${o.token}`).href },
    footer: [`الرابط صالح لمرة واحدة خلال ${counted(o.hours, HOURS)}.`, "إن لم تكن تنتظر هذه الدعوة فتجاهل الرسالة."],
  });
}

export function passwordResetMail(o: { siteName: string; name: string; token: string; minutes: number }): RenderedMail {
  return renderMail({
    siteName: o.siteName,
    subject: `إعادة تعيين كلمة المرور في ${o.siteName}`,
    greeting: `مرحباً ${o.name}،`,
    paragraphs: ["طلب أحدهم إعادة تعيين كلمة مرور حسابك. إن كنت أنت فاختر كلمة مرور جديدة من الرابط أدناه؛ سيُنهي ذلك جلساتك المفتوحة على كل الأجهزة."],
    action: { label: "اختيار كلمة مرور جديدة", url: siteUrl(`/reset/${o.token}`).href },
    footer: [`الرابط صالح لمرة واحدة خلال ${counted(o.minutes, MINUTES)}.`, "إن لم تطلب ذلك فتجاهل الرسالة: كلمة مرورك الحالية لم تتغير."],
  });
}

export function passwordChangedMail(o: { siteName: string; name: string }): RenderedMail {
  return renderMail({
    siteName: o.siteName,
    subject: `تغيّرت كلمة مرور حسابك في ${o.siteName}`,
    greeting: `مرحباً ${o.name}،`,
    paragraphs: ["تغيّرت كلمة مرور حسابك للتو، وانتهت جلساتك على الأجهزة الأخرى.", "إن لم تفعل ذلك بنفسك فاطلب إعادة تعيين كلمة المرور فوراً وأبلغ مدير الموقع."],
    action: { label: "صفحة الدخول", url: siteUrl("/login").href },
  });
}
