/**
 * Counts a reader's view from the browser (article pages are served from the cache).
 * A plain image: works without JavaScript, costs no script. Not rendered in previews.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  // eslint-disable-next-line @next/next/no-img-element -- a counting pixel, not a picture
  return <img className="view-beacon" src={`/api/views/${articleId}`} alt="" width={1} height={1} decoding="async" fetchPriority="low" referrerPolicy="no-referrer" />;
}
