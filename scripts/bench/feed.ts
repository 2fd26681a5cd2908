// A generated RSS 2.0 feed for the bench's feed-parse row: what an outlet's feed looks like
// (title, link with a tracking parameter, guid, an HTML description in CDATA, a date, an author),
// deterministic, no real outlet's text.

export function generateRssFeed(items: number): string {
  const out: string[] = [];
  for (let i = 0; i < items; i++) {
    const day = 1 + (i % 28);
    out.push(
      `<item><title>Council votes on harbour plan, part ${i} &amp; the budget</title>` +
        `<link>https://bench.example/news/${2025 - (i % 3)}/story-${i}?utm_source=rss</link>` +
        `<guid isPermaLink="false">bench-${i}</guid>` +
        `<description><![CDATA[<p>The council <b>approved</b> item ${i} after a long debate, officials said on ` +
        `<a href="/day/${day}">Monday</a>.</p><p>Opponents said the cost, put at ${(i * 37) % 900} million, was too high.</p>]]></description>` +
        `<pubDate>Mon, ${String(day).padStart(2, '0')} Jun 2025 ${String(i % 24).padStart(2, '0')}:15:00 +0100</pubDate>` +
        `<dc:creator>Reporter ${i % 17}</dc:creator></item>\n`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>` +
    `<title>Bench Gazette</title><link>https://bench.example/</link>\n${out.join('')}</channel></rss>`;
}
