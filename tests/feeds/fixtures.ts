// Feeds written for these tests (none copied from a real outlet), and generators for the large ones.

export const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>The Harbour Gazette</title>
    <link>https://gazette.example/</link>
    <description>Local news</description>
    <item>
      <title>Ferry fares rise by 4%</title>
      <link>https://gazette.example/news/ferry-fares</link>
      <guid isPermaLink="false">gazette-1001</guid>
      <description><![CDATA[<p>The council <b>approved</b> the rise on Monday.</p>]]></description>
      <pubDate>Mon, 02 Jun 2025 09:30:00 +0100</pubDate>
      <author>desk@gazette.example (Mara Quill)</author>
    </item>
    <item>
      <title>Harbour wall repaired</title>
      <link>/news/harbour-wall</link>
      <description>Work finished &amp;mdash; a week early.</description>
      <pubDate>Sun, 01 Jun 2025 18:00:00 GMT</pubDate>
      <dc:creator>Tom Ashby</dc:creator>
    </item>
    <item>
      <title>Permalink only</title>
      <guid>https://gazette.example/news/permalink-only</guid>
    </item>
  </channel>
</rss>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://wire.example/world/">
  <title type="text">Wire &lt;World&gt;</title>
  <link rel="self" href="https://wire.example/atom.xml"/>
  <link rel="alternate" type="text/html" href="https://wire.example/"/>
  <author><name>Wire Staff</name></author>
  <id>urn:uuid:feed-1</id>
  <updated>2025-06-03T12:00:00Z</updated>
  <entry>
    <title type="html">Talks &lt;em&gt;resume&lt;/em&gt; in Geneva</title>
    <link rel="alternate" type="text/html" href="talks-resume"/>
    <link rel="enclosure" href="https://cdn.example/photo.jpg"/>
    <id>urn:uuid:entry-1</id>
    <published>2025-06-03T08:15:00+02:00</published>
    <updated>2025-06-03T09:00:00Z</updated>
    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Delegates met <strong>again</strong>.</p></div></summary>
    <author><name>Ines Bauer</name></author>
  </entry>
  <entry>
    <title>Markets close higher</title>
    <link href="/business/markets-close"/>
    <id>urn:uuid:entry-2</id>
    <updated>2025-06-02T17:30:00Z</updated>
    <content type="html">&lt;p&gt;Stocks rose 1.2%.&lt;/p&gt;</content>
  </entry>
</feed>`;

export const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/rss">
    <title>Old Press</title>
    <link>https://old.example/</link>
    <items><rdf:Seq><rdf:li rdf:resource="https://old.example/a"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://old.example/a">
    <title>Bridge opens</title>
    <link>https://old.example/a</link>
    <description>The bridge opened to traffic.</description>
    <dc:date>2025-05-30T10:00:00Z</dc:date>
    <dc:creator>Ola Berg</dc:creator>
  </item>
  <item rdf:about="https://old.example/b">
    <title>No link element</title>
  </item>
</rdf:RDF>`;

export const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Pocket Post',
  home_page_url: 'https://pocket.example/',
  feed_url: 'https://pocket.example/feed.json',
  authors: [{ name: 'Pocket Desk' }],
  items: [
    { id: 'p-1', url: 'https://pocket.example/p/1', title: 'Rail strike called off', content_html: '<p>Unions <i>agreed</i>.</p>', date_published: '2025-06-01T07:00:00-04:00' },
    { id: 2, url: '/p/2', title: 'Relative URL', summary: 'Short summary', authors: [{ name: 'Lee Park' }] },
    { id: 'p-3', title: 'No URL at all' },
    { id: 'p-4', url: 'javascript:alert(1)', title: 'Bad scheme' },
    'not an object',
    { id: { nested: true }, url: 'https://pocket.example/p/5', title: ['wrong', 'type'], date_published: 12345 },
  ],
});

/** An RSS feed of `n` items; item i links to https://gen.example/story/i. */
export function generatedRss(n: number, extra = ''): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    items.push(
      `<item><title>Story ${i} &amp; more</title><link>https://gen.example/story/${i}</link><guid>gen-${i}</guid>` +
        `<description><![CDATA[<p>Paragraph for story ${i}. ${extra}</p>]]></description><pubDate>Tue, 03 Jun 2025 10:00:00 GMT</pubDate></item>\n`,
    );
  }
  return `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Generated</title><link>https://gen.example/</link>\n${items.join('')}</channel></rss>`;
}

/** The classic "billion laughs": ten levels of ten references, 10^9 "lol"s if expanded. */
export function billionLaughs(): string {
  const decls = ['<!ENTITY lol "lol">'];
  for (let k = 2; k <= 9; k++) decls.push(`<!ENTITY lol${k} "${`&lol${k === 2 ? '' : k - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>
<!DOCTYPE rss [
  ${decls.join('\n  ')}
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>Laugh &lol9; &xxe;</title><link>https://laughs.example/1</link><description>&lol9;</description></item>
</channel></rss>`;
}
