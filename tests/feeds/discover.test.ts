import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../utils/feeds';

describe('discoverFeeds', () => {
  const page = `<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>A <link rel="alternate" type="application/rss+xml" href="/in-title"> page</title>
<base href="/section/">
<LINK REL="Alternate" TYPE="application/rss+xml" TITLE="Main" HREF="feed.xml">
<link rel='alternate' type='application/atom+xml' href='https://other.example/atom'>
<link rel=alternate type="application/feed+json" href=/feed.json>
<link rel="alternate" type="application/json" href="https://site.example/wp-json/wp/v2/posts/12">
<link rel="alternate" type="application/json" href="/feed/json">
<link rel="alternate nofollow" type="application/rss+xml; charset=utf-8" href="comments.xml#top">
<link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
<link rel="stylesheet" type="text/css" href="/style.css">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
<link rel="alternate" type="application/rss+xml" href="">
<link rel="alternate" type="application/rss+xml">
<link rel="feed" type="application/rss+xml" href="/not-alternate">
<link rel="alternate" type="application/rss+xml" href="feed.xml">
<!-- <link rel="alternate" type="application/rss+xml" href="/commented-out"> -->
<script>document.write('<link rel="alternate" type="application/rss+xml" href="/in-script">')</script>
<link rel="alternate" type="application/rss+xml" href="https://SITE.example/section/feed.xml">
</head>
<body><link rel="alternate" type="application/rss+xml" href="/in-body"></body></html>`;

  it('finds every announced feed in the head, absolute, in order, once, and nothing else', () => {
    expect(discoverFeeds(page, 'https://site.example/news/story')).toEqual([
      'https://site.example/section/feed.xml', // relative to <base href>, which is relative to the page
      'https://other.example/atom',
      'https://site.example/feed.json',
      'https://site.example/feed/json', // application/json, but not the WordPress REST API
      'https://site.example/section/comments.xml', // fragment dropped
    ]);
  });
  it('returns nothing for a page without feeds, an empty page, junk, or a non-http page address', () => {
    expect(discoverFeeds('<html><head><title>x</title></head><body></body></html>', 'https://a.example/')).toEqual([]);
    expect(discoverFeeds('', 'https://a.example/')).toEqual([]);
    expect(discoverFeeds('<<<>>> <link <link rel="alternate" <', 'https://a.example/')).toEqual([]);
    expect(discoverFeeds(page, 'file:///tmp/page.html')).toEqual([]);
  });
  it('reads a page without <head> tags, and an unclosed tag at the end', () => {
    expect(discoverFeeds('<link rel="alternate" type="application/atom+xml" href="/a"><link rel="alternate" type="application/rss+xml" href="/b"', 'http://a.example/x/')).toEqual(['http://a.example/a']);
  });
  it('scans a huge page in bounded time (stops at <body>, reads at most the first 1,000,000 characters)', () => {
    const junk = '<div>'.repeat(500_000);
    expect(discoverFeeds(`<head>${junk}<link rel="alternate" type="application/rss+xml" href="/late"></head>`, 'https://a.example/')).toEqual([]);
  });
});
