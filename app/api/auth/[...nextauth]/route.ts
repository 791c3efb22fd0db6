// Auth.js endpoints (session, csrf, sign-out, credentials callback).
export { GET, POST } from "@/lib/auth/handlers";
