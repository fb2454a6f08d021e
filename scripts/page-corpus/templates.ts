/** Four kinds of page a story is saved from, each with the chrome such sites carry. */
import type { Part, Story } from './stories';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function bodyHtml(story: Story, paragraph = (text: string) => `<p>${escape(text)}</p>`): string {
  return story.body
    .map((part: Part) =>
      typeof part === 'string'
        ? paragraph(part)
        : 'heading' in part
          ? `<h2>${escape(part.heading)}</h2>`
          : `<ul>${part.list.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`,
    )
    .join('\n');
}

const OTHER_HEADLINES = [
  'Ministers promise review of rail fares',
  'Hospital waiting lists fall for third month',
  'Storm warning issued for the weekend',
  'Football club appoints new manager',
  'Prices rise faster than expected in May',
];

const otherList = (prefix: string) =>
  OTHER_HEADLINES.map((headline, i) => `<li><a href="/${prefix}/${i}">${headline}</a></li>`).join('');

function broadsheet(story: Story): string {
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>${escape(story.title)} | The Northern Courier</title>
<meta property="og:title" content="${escape(story.title)}">
<meta property="og:site_name" content="The Northern Courier">
<meta property="og:type" content="article">
<meta name="author" content="${escape(story.byline)}">
<meta property="article:published_time" content="${story.published}">
<meta name="description" content="${escape(story.standfirst)}">
<link rel="canonical" href="https://courier.example.com/news/${story.slug}">
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = [{ page: 'article' }];</script>
</head><body>
<div id="cookie-consent" class="consent-banner"><p>We use cookies to improve your experience. <button>Accept</button> <button>Manage settings</button></p></div>
<header class="masthead"><a href="/" class="logo">The Northern Courier</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<main>
<article class="story">
<p class="kicker">${escape(story.section)}</p>
<h1>${escape(story.title)}</h1>
<p class="standfirst">${escape(story.standfirst)}</p>
<div class="meta"><span class="byline">By <a rel="author" href="/profile/${story.slug}">${escape(story.byline)}</a></span> <time datetime="${story.published}">${story.published.slice(0, 10)}</time></div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<div class="article-body">
${bodyHtml(story)}
</div>
</article>
<aside class="most-read"><h2>Most read</h2><ol>${otherList('news')}</ol></aside>
</main>
<footer><p>© 2024 The Northern Courier. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
<script src="/static/app.js"></script>
</body></html>
`;
}

function blog(story: Story): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: story.title,
    author: { '@type': 'Person', name: story.byline },
    datePublished: story.published,
    publisher: { '@type': 'Organization', name: 'Field Notes' },
  };
  return `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>${escape(story.title)} – Field Notes</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<style>.entry-content p { line-height: 1.6 }</style>
</head><body class="post-template">
<div class="site-header"><a class="site-title" href="/">Field Notes</a><p class="site-description">Stories from small places</p>
<nav class="main-navigation"><a href="/">Home</a> <a href="/about">About</a> <a href="/archive">Archive</a> <a href="/contact">Contact</a></nav></div>
<div class="content-area">
<div class="post hentry">
<h1 class="entry-title">${escape(story.title)}</h1>
<div class="entry-meta">Posted on <time class="entry-date" datetime="${story.published}">${story.published.slice(0, 10)}</time> by <span class="author vcard"><a class="url fn n" href="/author/">${escape(story.byline)}</a></span></div>
<div class="entry-content">
${bodyHtml(story)}
</div>
<div class="entry-footer">Categories: <a href="/c/${story.section}">${escape(story.section)}</a></div>
</div>
<div id="comments" class="comments-area"><h2 class="comments-title">3 comments</h2>
<ol class="comment-list"><li class="comment"><p>Lovely piece, thank you for writing it.</p></li><li class="comment"><p>I remember this well.</p></li><li class="comment"><p>Great read.</p></li></ol>
<form class="comment-form"><textarea name="comment"></textarea><button>Post comment</button></form></div>
</div>
<div class="widget-area sidebar"><section class="widget"><h2 class="widget-title">Recent posts</h2><ul>${otherList('posts')}</ul></section>
<section class="widget newsletter"><h2>Subscribe</h2><p>Get new posts by email.</p><form><input type="email"><button>Subscribe</button></form></section></div>
<div class="site-footer">Proudly powered by a blog engine.</div>
</body></html>
`;
}

function wire(story: Story): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${escape(story.title)}</title>
<meta name="byl" content="By ${escape(story.byline)}">
<meta name="pubdate" content="${story.published}">
</head><body>
<div class="topbar"><a href="/">Wire Service</a> | <a href="/world">World</a> | <a href="/markets">Markets</a> | <a href="/login">Sign in</a></div>
<div class="container"><div class="story">
<div class="headline"><h1>${escape(story.title)}</h1></div>
<div class="byline">By ${escape(story.byline)}</div>
<div class="story-body">
${bodyHtml(story)}
</div>
<div class="related"><h3>Related coverage</h3><ul>${otherList('wire')}</ul></div>
</div></div>
<div class="footer">Copyright Wire Service 2024. Redistribution prohibited.</div>
</body></html>
`;
}

function portal(story: Story): string {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Daily Portal', url: 'https://portal.example.net/' },
      {
        '@type': 'NewsArticle',
        headline: story.title,
        author: story.byline.split(' and ').map((name) => ({ '@type': 'Person', name })),
        datePublished: story.published,
        publisher: { '@type': 'NewsMediaOrganization', name: 'Daily Portal' },
        inLanguage: 'en',
      },
    ],
  };
  let n = 0;
  const withAds = (text: string) => {
    n += 1;
    const ad =
      n % 3 === 0
        ? `<div class="ad-slot" id="ad-${n}"><span>Advertisement</span><iframe src="https://ads.example/${n}"></iframe></div>`
        : '';
    return `<p>${escape(text)}</p>${ad}`;
  };
  const filler = Array.from(
    { length: 60 },
    (_, i) => `<li class="nav-item"><a href="/topic/${i}">Topic ${i}</a></li>`,
  ).join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${escape(story.title)} - Daily Portal</title>
<meta name="twitter:title" content="${escape(story.title)}">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script>${'var tracking = 1;'.repeat(400)}</script>
<style>${'.x{color:red}'.repeat(500)}</style>
</head><body>
<div class="gdpr-overlay" role="dialog"><h2>Your privacy</h2><p>We and our 842 partners store and access information on your device.</p><button>I agree</button></div>
<header><div class="breadcrumbs"><a href="/">Home</a> › <a href="/${story.section}">${escape(story.section)}</a></div><ul class="mega-menu">${filler}</ul></header>
<div class="page"><div class="main-column">
<h1 class="headline">${escape(story.title)}</h1>
<div class="article-meta"><span class="author-name">${escape(story.byline)}</span> · <span>${story.published.slice(0, 10)}</span> · <span>4 min read</span></div>
<div class="social-share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Copy link</a></div>
<div class="article-content">
${bodyHtml(story, withAds)}
</div>
<div class="newsletter-signup"><h3>Get the morning briefing</h3><form><input type="email" placeholder="Email"><button>Sign up</button></form></div>
<div class="tags"><a href="/t/1">${escape(story.section)}</a></div>
</div>
<div class="rail"><div class="trending"><h3>Trending now</h3><ol>${otherList('trending')}</ol></div>
<div class="recommended"><h3>Recommended for you</h3><ul>${otherList('rec')}</ul></div></div></div>
<footer class="site-footer"><ul>${filler}</ul><p>© Daily Portal Media</p></footer>
</body></html>
`;
}

export const TEMPLATES: Record<string, (story: Story) => string> = { broadsheet, blog, wire, portal };
