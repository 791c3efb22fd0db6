// User agents that are not readers: crawlers, link previewers, monitors, HTTP libraries
// and headless browsers. Matched case-insensitively; an empty user agent is a bot too.
const BOT_PATTERNS = [
  "bot", "crawl", "spider", "slurp", "archiver", "mediapartners", "adsbot", "feedfetcher",
  "facebookexternalhit", "facebookcatalog", "embedly", "quora link preview", "outbrain", "pinterest",
  "whatsapp", "telegram", "skypeuripreview", "vkshare", "discord", "slack", "preview",
  "headlesschrome", "phantomjs", "puppeteer", "playwright", "lighthouse", "pagespeed", "gtmetrix",
  "curl", "wget", "python", "httpclient", "http_client", "okhttp", "axios", "node-fetch", "undici",
  "go-http-client", "java/", "libwww", "scrapy", "apache-httpclient", "autocannon", "wrk",
  "pingdom", "uptime", "monitor", "statuscake", "newrelic", "datadog", "check_http",
];
const BOT_RE = new RegExp(BOT_PATTERNS.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"), "i");

export function isBot(userAgent: string | null | undefined): boolean {
  return !userAgent || userAgent.length < 10 || BOT_RE.test(userAgent);
}
