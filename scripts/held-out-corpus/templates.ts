/**
 * Eleven kinds of site a held-out story is saved from, each with the markup its CMS writes and
 * the chrome such pages carry when saved from a browser: navigation, cookie banners, share bars,
 * newsletter boxes and "related" links inside the article, ads, comments and footers. Bylines,
 * dates and titles sit where those sites put them (meta tags, JSON-LD, `<time>`, "By X" lines,
 * `<title>` with the site's suffix).
 */
import { attr, inline, type Block, type Story } from './story';

export interface Template {
  /** The page's bytes are written in this encoding (characters it lacks as `&#N;`). */
  encoding: 'utf-8' | 'windows-1252';
  /** The page references images in a `<name>_files/` folder written beside it. */
  savedFiles?: boolean;
  render(story: Story, page: { name: string }): string;
}

interface BodyStyle {
  figure: (block: Extract<Block, { figure: string }>, index: number) => string;
  /** Chrome put after the block at an index (a newsletter box, "related" links, an ad). */
  inserts?: Record<number, string>;
  paragraph?: (html: string) => string;
}

function body(story: Story, style: BodyStyle): string {
  return bodyParts(story, style).join('\n');
}

/** The article's blocks as HTML, one element (or inserted box) each. */
function bodyParts(story: Story, style: BodyStyle): string[] {
  const paragraph = style.paragraph ?? ((html: string) => `<p>${html}</p>`);
  const out: string[] = [];
  story.body.forEach((block, i) => {
    if (typeof block === 'string') out.push(paragraph(inline(block)));
    else if ('h2' in block) out.push(`<h2>${inline(block.h2)}</h2>`);
    else if ('h3' in block) out.push(`<h3>${inline(block.h3)}</h3>`);
    else if ('ul' in block)
      out.push(`<ul>${block.ul.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    else if ('ol' in block)
      out.push(`<ol>${block.ol.map((item) => `<li>${inline(item)}</li>`).join('')}</ol>`);
    else if ('quote' in block) out.push(`<blockquote><p>${inline(block.quote)}</p></blockquote>`);
    else if ('figure' in block) out.push(style.figure(block, i));
    else if ('table' in block) {
      const [head, ...rows] = block.table;
      out.push(
        `<table>${block.caption ? `<caption>${inline(block.caption)}</caption>` : ''}<thead><tr>${head!
          .map((cell) => `<th>${inline(cell)}</th>`)
          .join('')}</tr></thead><tbody>${rows
          .map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
    } else out.push(`<pre><code>${attr(block.pre)}</code></pre>`);
    const insert = style.inserts?.[i];
    if (insert) out.push(insert);
  });
  return out;
}

/** After the 2nd, 5th… block, but never past the end. */
const at = (story: Story, share: number) => Math.max(1, Math.floor(story.body.length * share));

const date = (story: Story) => story.published.slice(0, 10);
const longDate = (story: Story) =>
  new Date(story.published).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
const authorSlug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');
const jsonLd = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

const COOKIE_BANNER = `<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies and similar technologies to personalise content and ads and to analyse our traffic. You can change your choices at any time.</p><button>Accept all</button> <button>Manage preferences</button></div>`;
const OTHER = [
  'Council agrees new parking charges for the town centre',
  'Five things to do this weekend',
  'Water bills to rise by 6 per cent from April',
  'Local bakery wins national award',
  'Opinion: we need to talk about the bypass',
];
const links = (prefix: string) =>
  OTHER.map((title, i) => `<li><a href="/${prefix}/${i}">${title}</a></li>`).join('');

function wordpress(story: Story): string {
  const name = 'Field Notes';
  return `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${attr(story.title)} &#8211; ${name}</title>
<meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="wp-block-library-css" href="https://fieldnotes.example.org/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2" media="all">
<link rel="canonical" href="https://fieldnotes.example.org/${date(story).replace(/-/g, '/')}/${story.slug}/">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article">
<meta property="og:title" content="${attr(story.title)} &#8211; ${name}">
<meta property="og:site_name" content="${name}">
<meta property="article:published_time" content="${story.published}">
<meta name="author" content="${attr(story.authors[0]!)}">
<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/"};</script>
<style id="wp-emoji-styles-inline-css">img.wp-smiley, img.emoji { display: inline !important; }</style>
</head>
<body class="post-template-default single single-post postid-4821 single-format-standard">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">${name}</a></p><p class="site-description">Notes from the allotment, the workshop and the road</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/category/${story.section.toLowerCase()}/">${story.section}</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4821" class="post-4821 post type-post status-publish format-standard hentry category-${story.section.toLowerCase()}">
<header class="entry-header"><h1 class="entry-title">${inline(story.title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="#" rel="bookmark"><time class="entry-date published" datetime="${story.published}">${longDate(story)}</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/${authorSlug(story.authors[0]!)}/">${story.authors[0]}</a></span></span></div></header>
<div class="entry-content">
${body(story, {
  figure: (block, i) =>
    `<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://fieldnotes.example.org/wp-content/uploads/2024/05/photo-${i}-1024x683.jpg" alt="${attr(block.alt)}" class="wp-image-${4830 + i}" srcset="https://fieldnotes.example.org/wp-content/uploads/2024/05/photo-${i}-1024x683.jpg 1024w, https://fieldnotes.example.org/wp-content/uploads/2024/05/photo-${i}-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px"><figcaption class="wp-element-caption">${inline(block.caption)}</figcaption></figure>`,
  inserts: {
    [at(story, 0.5)]:
      `<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="?share=facebook">Facebook</a></li><li><a class="share-x" href="?share=x">X</a></li><li><a class="share-email" href="?share=email">Email</a></li></ul></div></div>`,
  },
})}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/${story.section.toLowerCase()}/" rel="category tag">${story.section}</a></span></footer>
</article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/previous/" rel="prev">${OTHER[1]}</a></div><div class="nav-next"><a href="/next/" rel="next">${OTHER[3]}</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;${inline(story.title)}&rdquo;</h2>
<ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Pat</b> says:</footer><div class="comment-content"><p>Thanks for writing this up, I had been wondering about it for a while and this was really helpful.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Sam K.</b> says:</footer><div class="comment-content"><p>Great post. Shared it with my neighbours, who all had questions about the same thing last year.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" class="search-form"><input type="search" name="s" placeholder="Search &hellip;"></form></section><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links('posts')}</ul></section><section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2024/05/">May 2024</a></li><li><a href="/2024/04/">April 2024</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>
<script src="https://fieldnotes.example.org/wp-includes/js/comment-reply.min.js?ver=6.4.2" id="comment-reply-js" async></script>
</body></html>`;
}

function ghost(story: Story): string {
  const site = 'The Slow Lane';
  const url = `https://slowlane.example.com/${story.slug}/`;
  return `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${attr(story.title)}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7b1c9a3f2e">
<meta name="description" content="${attr(story.dek)}">
<link rel="canonical" href="${url}">
<meta property="og:site_name" content="${site}"><meta property="og:type" content="article">
<meta property="og:title" content="${attr(story.title)}"><meta property="og:description" content="${attr(story.dek)}">
<meta property="og:url" content="${url}">
<meta property="article:published_time" content="${story.published}">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="${attr(story.title)}">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="${attr(story.authors[0]!)}">
${jsonLd({
  '@context': 'https://schema.org',
  '@type': 'Article',
  publisher: { '@type': 'Organization', name: site, url: 'https://slowlane.example.com/' },
  author: story.authors.map((name) => ({
    '@type': 'Person',
    name,
    url: `https://slowlane.example.com/author/${authorSlug(name)}/`,
  })),
  headline: story.title,
  url,
  datePublished: story.published,
  description: story.dek,
  mainEntityOfPage: url,
})}
<meta name="generator" content="Ghost 5.75">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://slowlane.example.com/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-${story.section.toLowerCase()} has-sans-body">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://slowlane.example.com">${site}</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li><li class="nav-archive"><a href="/archive/">Archive</a></li></ul></nav>
<div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-${story.section.toLowerCase()}">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/${story.section.toLowerCase()}/">${story.section}</a></span></section>
<h1 class="article-title">${inline(story.title)}</h1><p class="article-excerpt">${inline(story.dek)}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list">${story.authors.map((name) => `<li class="author-list-item"><a href="/author/${authorSlug(name)}/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/${authorSlug(name)}.jpg" alt="${attr(name)}"></a></li>`).join('')}</ul>
<div class="article-byline-meta"><h4 class="author-name">${story.authors.map((name) => `<a href="/author/${authorSlug(name)}/">${name}</a>`).join(', ')}</h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="${date(story)}">${longDate(story)}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">
${body(story, {
  figure: (block, i) =>
    `<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://slowlane.example.com/content/images/2024/05/photo-${i}.jpg" class="kg-image" alt="${attr(block.alt)}" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">${inline(block.caption)}</span></figcaption></figure>`,
  inserts: {
    [at(story, 0.6)]:
      `<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form><div class="kg-signup-card-content"><h2 class="kg-signup-card-heading">Sign up for ${site}</h2><p class="kg-signup-card-subheading">Essays on travelling slowly, delivered to your inbox every other Sunday.</p><form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input" type="email" placeholder="Your email"><button class="kg-signup-card-button" type="submit">Subscribe</button></form></div></div>`,
  },
})}
</section></article>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2>Read more</h2><div class="post-card-list">${OTHER.slice(
    0,
    3,
  )
    .map(
      (title, i) =>
        `<article class="post-card"><a class="post-card-image-link" href="/more-${i}/"><img class="post-card-image" src="/content/images/more-${i}.jpg" alt="${title}"></a><div class="post-card-content"><a class="post-card-content-link" href="/more-${i}/"><header class="post-card-header"><h2 class="post-card-title">${title}</h2></header><div class="post-card-excerpt">A short excerpt of another essay from the archive.</div></a></div></article>`,
    )
    .join('')}</div></div></aside>
</main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://slowlane.example.com">${site}</a> &copy; 2024</section><nav class="site-footer-nav"><a href="/privacy/">Privacy</a></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
</body></html>`;
}

function substack(story: Story): string {
  const pub = 'Margins';
  const author = story.authors[0]!;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title data-rh="true">${attr(story.title)} - by ${attr(author)} - ${pub}</title>
<meta data-rh="true" name="theme-color" content="#ff6719">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:title" content="${attr(story.title)}">
<meta data-rh="true" name="twitter:title" content="${attr(story.title)}">
<meta data-rh="true" name="description" content="${attr(story.dek)}">
<meta data-rh="true" property="og:description" content="${attr(story.dek)}">
<meta data-rh="true" name="author" content="${attr(author)}">
<meta data-rh="true" property="og:url" content="https://margins.example.com/p/${story.slug}">
<link data-rh="true" rel="canonical" href="https://margins.example.com/p/${story.slug}">
${jsonLd({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  url: `https://margins.example.com/p/${story.slug}`,
  mainEntityOfPage: `https://margins.example.com/p/${story.slug}`,
  headline: story.title,
  description: story.dek,
  datePublished: story.published,
  isAccessibleForFree: true,
  author: story.authors.map((name) => ({ '@type': 'Person', name, url: 'https://substack.com/@margins' })),
  publisher: { '@type': 'Organization', name: pub },
})}
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.6c4f8ae1.css">
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">${pub}</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header">
<h1 class="post-title published" dir="auto">${inline(story.title)}</h1><h3 class="subtitle" dir="auto">${inline(story.dek)}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@margins" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">${story.authors.join(' and ')}</a></div><div class="pencraft pc-reset color-pub-secondary-text">${longDate(story)}</div></div>
<div class="post-ufi"><a class="post-ufi-button like-button" role="button"><span class="label">42</span></a><a class="post-ufi-button post-ufi-comment-button" href="/p/${story.slug}/comments"><span class="label">7</span></a><button class="post-ufi-button share">Share</button></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${body(story, {
  figure: (block, i) =>
    `<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/f_auto/photo-${i}.jpeg"><div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.com/image/fetch/w_424,f_webp/photo-${i}.jpeg 424w"><img src="https://substackcdn.com/image/fetch/w_1456,f_auto/photo-${i}.jpeg" width="1456" height="971" alt="${attr(block.alt)}" loading="lazy" class="sizing-normal"></picture></div></a><figcaption class="image-caption">${inline(block.caption)}</figcaption></figure></div>`,
  inserts: {
    [at(story, 0.4)]:
      `<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading ${pub}! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div>`,
    [at(story, 0.75)]:
      `<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="https://margins.example.com/p/${story.slug}?utm_source=substack&amp;utm_medium=email&amp;action=share"><span>Share</span></a></p>`,
  },
})}
</div></div>
<div class="post-footer"><div class="post-ufi"><a class="post-ufi-button like-button" role="button"><span class="label">42 Likes</span></a><button class="post-ufi-button share">Share</button></div></div>
<div class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comment"><div class="comment-meta"><a href="/@reader1">Rowan</a></div><div class="comment-body"><p>This is the best thing I have read all week, thank you.</p></div></div></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-copyright">&copy; 2024 ${attr(author)}</div><div class="footer-terms"><a href="https://substack.com/privacy">Privacy</a> &#8729; <a href="https://substack.com/tos">Terms</a> &#8729; <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><a class="footer-substack-cta" href="https://substack.com/signup">Start Writing</a><a href="https://substack.com/app">Get the app</a></div></div>
</div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\"}")</script>
</body></html>`;
}

function medium(story: Story, page: { name: string }): string {
  const author = story.authors[0]!;
  const files = `${page.name}_files`;
  return `<!DOCTYPE html>
<!-- saved from url=(0062)https://medium.com/@writer/${story.slug}-3f9a1c2b7d4e -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>${attr(story.title)} | by ${attr(author)} | Medium</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:title" content="${attr(story.title)}">
<meta data-rh="true" property="og:description" content="${attr(story.dek)}">
<meta data-rh="true" property="og:site_name" content="Medium">
<meta data-rh="true" property="article:published_time" content="${story.published}">
<meta data-rh="true" name="author" content="${attr(author)}">
<meta data-rh="true" property="article:author" content="https://medium.com/@writer">
<link data-rh="true" rel="author" href="https://medium.com/@writer">
<link data-rh="true" rel="canonical" href="https://medium.com/@writer/${story.slug}-3f9a1c2b7d4e">
<link rel="stylesheet" href="./${files}/main.css">
<script async src="./${files}/main.js"></script>
</head>
<body><div id="root"><div class="a b c"><div class="l c">
<div class="l ea eb ec ed"><div class="ee ef eg"><a href="https://medium.com/?source=post_page" aria-label="Homepage">Medium</a></div><div class="ei ej"><input role="combobox" placeholder="Search" class="ax ek"></div><a href="https://medium.com/new-story">Write</a> <a href="https://medium.com/m/signin">Sign up</a> <a href="https://medium.com/m/signin">Sign in</a></div>
<div class="fo fp fq"><div class="ab ca"><div class="ch bg ew ex ey ez">
<article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"></div><div class="ab ca"><div class="ch bg ew ex ey ez">
<div><h1 id="a1b2" class="pw-post-title gu gv gw bf gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu bk" data-testid="storyTitle">${inline(story.title)}</h1></div>
<div><h2 id="c3d4" class="pw-subtitle-paragraph hv gv gw bf b hw hx hy hz ia ib ic id ie if ig ih ii ij ik cp">${inline(story.dek)}</h2>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="il im in io ip ab"><div><div class="ab iq"><a href="https://medium.com/@writer?source=post_page-----byline"><img alt="${attr(author)}" class="l ep by dd de cx" src="./${files}/avatar.png" width="44" height="44"></a></div></div>
<div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="iv ab q"><div class="ab q iw"><div class="ab q"><div><div class="bl" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar ix" data-testid="authorName" href="https://medium.com/@writer?source=post_page-----byline">${author}</a></div></div></div><span class="iy iz" aria-hidden="true"><span class="bf b bg z dx">·</span></span><p class="bf b bg z ja"><a href="https://medium.com/m/signin?actionUrl=follow">Follow</a></p></div></div></span></div></div>
<div class="l jb"><span class="bf b bg z dx"><div class="ab cn jc jd je"><span data-testid="storyReadTime">6 min read</span><div class="jf jg l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div><span data-testid="storyPublishDate">${longDate(story)}</span></div></span></div></div></div>
<div class="ab cp jh ji jj jk jl jm jn jo jp jq jr js jt ju jv jw"><div class="h k w ev ew q"><div class="kb l"><div class="ab q kc kd"><div class="pw-multi-vote-icon ed kf kg kh ki"><button data-testid="headerClapButton" class="kj ao kk kl km kn">Clap</button></div><div class="pw-multi-vote-count l kr ks kt ku kv kw kx"><p class="bf b dy z dx"><span class="ky">1.2K</span></p></div></div></div><div><div class="bl" aria-hidden="false"><button class="ao kj ld le ab q ee lf lg" aria-label="responses"><span class="pw-responses-count la lb">18</span></button></div></div></div><div class="ab q jx jy jz ka"><button aria-label="Share Post" class="af fi ah ai aj ak al lr an ao ap ex ls lt lh lu"><p class="bf b dy z dx"><span class="lw">Share</span></p></button></div></div></div></div></div>
${body(story, {
  paragraph: (html) =>
    `<p class="pw-post-body-paragraph mp mq gw mr b ms mt mu mv mw mx my mz na nb">${html}</p>`,
  figure: (block, i) =>
    `<figure class="nq nr ns nt nu nv nn no paragraph-image"><div role="button" tabindex="0" class="nw nx fi ny bg nz"><div class="nn no np"><picture><source srcset="https://miro.medium.com/v2/resize:fit:640/format:webp/photo-${i}.jpeg 640w" type="image/webp"><img alt="${attr(block.alt)}" class="bg lo oa c" width="700" height="467" loading="lazy" role="presentation" src="./${files}/photo-${i}.png"></picture></div></div><figcaption class="ob oc od nn no oe of bf b bg z dx" data-selectable-paragraph="">${inline(block.caption)}</figcaption></figure>`,
})}
</div></div></section></div></div></article>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="pd pe ab iq"><div class="pf ab"><a class="pg ax am ao" href="https://medium.com/tag/${story.section.toLowerCase()}?source=post_page"><div class="ph dy cw pi ge pj pk bf b bg z bk pl">${story.section}</div></a></div></div>
<div class="ab q qh"><h2 class="bf gx qm qn qo qp qq qr qs qt qu qv qw qx qy qz ra bk">Written by ${author}</h2><p class="bf b bg z bk">1.4K Followers</p><p>Writes about cities, work and the odd bit of code.</p></div>
<div class="sm"><h2 class="bf gx qk ql qm qn qo qp qq qr qs qt qu qv qw qx qy qz ra bk">More from ${author}</h2>${OTHER.slice(
    0,
    3,
  )
    .map(
      (title, i) =>
        `<div><a href="/@writer/more-${i}"><h2>${title}</h2><p>Another story you might like from the same writer.</p></a></div>`,
    )
    .join('')}</div>
<div class="sm"><h2>Recommended from Medium</h2>${OTHER.slice(2)
    .map((title, i) => `<div><a href="/@other/rec-${i}"><h2>${title}</h2></a></div>`)
    .join('')}</div></div></div>
</div></div></div>
<div class="ab ca"><div><a href="https://help.medium.com/">Help</a> <a href="https://medium.statuspage.io/">Status</a> <a href="https://medium.com/about">About</a> <a href="https://medium.com/jobs-at-medium">Careers</a> <a href="https://policy.medium.com/medium-privacy-policy">Privacy</a> <a href="https://policy.medium.com/medium-terms-of-service">Terms</a></div></div>
</div></div></div>
</body></html>`;
}

function guardian(story: Story): string {
  const site = 'The Daily Ledger';
  const url = `https://www.dailyledger.example.co.uk/${story.section.toLowerCase()}/${date(story).replace(/-/g, '/')}/${story.slug}`;
  return `<!DOCTYPE html>
<html lang="en"><head>
<title>${attr(story.title)} | ${story.section} | ${site}</title>
<meta charset="utf-8">
<meta name="description" content="${attr(story.dek)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<link rel="canonical" href="${url}">
<meta name="author" content="${attr(story.authors.join(' and '))}">
<meta property="og:url" content="${url}">
<meta property="article:author" content="${story.authors.map((name) => `https://www.dailyledger.example.co.uk/profile/${authorSlug(name)}`).join(',')}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${story.published}">
<meta property="article:section" content="${story.section}">
<meta property="og:title" content="${attr(story.title)}">
<meta property="og:description" content="${attr(story.dek)}">
<meta property="og:site_name" content="${site}">
${jsonLd([
  {
    '@type': 'NewsArticle',
    '@context': 'https://schema.org',
    '@id': url,
    publisher: {
      '@type': 'Organization',
      '@id': 'https://www.dailyledger.example.co.uk#publisher',
      name: site,
    },
    isAccessibleForFree: true,
    image: ['https://i.ledgerimg.example/img/media/lead.jpg'],
    author: story.authors.map((name) => ({
      '@type': 'Person',
      name,
      sameAs: `https://www.dailyledger.example.co.uk/profile/${authorSlug(name)}`,
    })),
    datePublished: story.published,
    headline: story.title,
    dateModified: story.published,
    mainEntityOfPage: url,
  },
  {
    '@type': 'WebPage',
    '@context': 'https://schema.org',
    '@id': url,
    potentialAction: { '@type': 'ViewAction' },
  },
])}
<script>window.guardian = {"config":{"page":{"section":"${story.section.toLowerCase()}","isPaidContent":false}}};</script>
<style class="webfont">@font-face{font-family:"Ledger Headline";src:url(https://assets.example/fonts/headline.woff2)}</style>
</head>
<body>
<div data-island="SetABTests"></div>
<a href="#maincontent" class="dcr-skip">Skip to main content</a>
<div class="dcr-1vp0h5b"><header data-component="nav4"><div class="dcr-banner"><a href="https://support.dailyledger.example.co.uk/contribute">Support us</a> <a href="https://profile.dailyledger.example.co.uk/signin">Sign in</a></div>
<nav aria-label="Ledger sections" data-component="nav2"><ul class="dcr-pillars"><li><a href="/">News</a></li><li><a href="/commentisfree">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/lifeandstyle">Lifestyle</a></li></ul>
<ul class="dcr-subnav"><li><a href="/world">World</a></li><li><a href="/uk-news">UK</a></li><li><a href="/environment">Environment</a></li><li><a href="/science">Science</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<div class="top-banner-ad-container"><div id="dfp-ad--top-above-nav" class="ad-slot ad-slot--top-above-nav" data-link-name="ad slot top-above-nav" aria-hidden="true"></div><p class="ad-slot__label">Advertisement</p></div>
<main data-layout="StandardLayout" id="maincontent"><article class="dcr-1lbuq4y">
<div data-gu-name="title"><div class="dcr-section-label"><a href="/${story.section.toLowerCase()}">${story.section}</a></div></div>
<div data-gu-name="headline"><div class="dcr-headline"><h1 class="dcr-125vfar">${inline(story.title)}</h1></div></div>
<div data-gu-name="standfirst"><div class="dcr-standfirst"><p>${inline(story.dek)}</p></div></div>
<div data-gu-name="media"><div class="dcr-media"><figure id="lead" data-spacefinder-role="immersive"><picture><img alt="" src="https://i.ledgerimg.example/img/media/lead.jpg" width="620" height="372" loading="eager"></picture></figure></div></div>
<div data-gu-name="meta"><div class="dcr-meta"><address aria-label="Contributor info" data-component="meta-byline" data-link-name="byline"><div class="dcr-byline">${story.authors.map((name) => `<a rel="author" href="/profile/${authorSlug(name)}" data-link-name="auto tag link">${name}</a>`).join(' and ')}</div></address>
<details class="dcr-dateline"><summary><span class="dcr-u0h1qy">${new Date(story.published).toUTCString().replace(' GMT', ' GMT').slice(0, 22)} BST</span></summary></details>
<div data-gu-name="share"><ul class="dcr-share"><li><a href="https://www.facebook.com/sharer.php" data-link-name="facebook">Share on Facebook</a></li><li><a href="https://twitter.com/intent/tweet" data-link-name="twitter">Share on Twitter</a></li><li><a href="mailto:?subject=share">Share via Email</a></li></ul></div></div></div>
<div data-gu-name="body" class="dcr-body"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-article-body">
${body(story, {
  paragraph: (html) => `<p class="dcr-s23rjr">${html}</p>`,
  figure: (block, i) =>
    `<figure id="fig-${i}" data-spacefinder-role="inline" class="dcr-fig"><div class="dcr-img"><picture><source srcset="https://i.ledgerimg.example/img/media/${i}/620.jpg 620w" media="(min-width: 660px)"><img alt="${attr(block.alt)}" src="https://i.ledgerimg.example/img/media/${i}/445.jpg" width="445" height="267" loading="lazy"></picture></div><figcaption class="dcr-caption"><span class="dcr-caption-icon"><svg width="11" height="10" viewBox="0 0 11 10"><path d="M5.5 0L11 10H0z"></path></svg></span>${inline(block.caption)} Photograph: Ledger staff</figcaption></figure>`,
  inserts: {
    [at(story, 0.35)]:
      `<aside class="ad-slot-container ad-slot-desktop"><div id="dfp-ad--inline1" class="js-ad-slot ad-slot ad-slot--inline" data-name="inline1" aria-hidden="true"><p class="ad-slot__label">Advertisement</p></div></aside>`,
    [at(story, 0.65)]:
      `<aside data-gu-name="newsletter" class="dcr-epic"><div class="dcr-epic-inner"><p class="dcr-epic-heading">Sign up to First Edition</p><p>Our morning email breaks down the key stories of the day, telling you what’s happening and why it matters</p><p class="dcr-privacy">Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.</p><button>Sign up</button></div><p class="dcr-after">after newsletter promotion</p></aside>`,
  },
})}
</div></div>
<div data-gu-name="submeta"><div class="dcr-submeta"><span class="dcr-explore">Explore more on these topics</span><ul><li><a href="/${story.section.toLowerCase()}">${story.section}</a></li><li><a href="/uk/news">news</a></li></ul><a href="/info/permissions">Reuse this content</a></div></div>
</article>
<div class="dcr-onwards"><section data-component="more-on-this-story"><h2>More on this story</h2><ul>${links('more')}</ul></section>
<section data-component="most-popular"><h2>Most viewed</h2><ol>${links('popular')}</ol></section></div>
<section data-component="comments"><h2>Comments (142)</h2><p>Sign in or create your Ledger account to join the discussion.</p></section>
</main>
<footer data-component="footer"><ul><li><a href="/about">About us</a></li><li><a href="/help/contact-us">Contact us</a></li><li><a href="/info/privacy">Privacy policy</a></li><li><a href="/info/cookies">Cookie policy</a></li><li><a href="/help/terms-of-service">Terms &amp; conditions</a></li></ul><p>© 2024 Daily Ledger News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></div>
<div id="sp_message_container_106842" class="sp-message-container">${COOKIE_BANNER}</div>
</body></html>`;
}

function nyt(story: Story): string {
  const site = 'The Metropolitan Times';
  const url = `https://www.mettimes.example.com/${date(story).replace(/-/g, '/')}/${story.section.toLowerCase()}/${story.slug}.html`;
  return `<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/"><head>
<meta charset="utf-8">
<title data-rh="true">${attr(story.title)} - ${site}</title>
<meta data-rh="true" name="robots" content="noarchive, max-image-preview:large">
<meta data-rh="true" name="description" content="${attr(story.dek)}">
<meta data-rh="true" property="og:url" content="${url}">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:title" content="${attr(story.title)}">
<meta data-rh="true" property="og:description" content="${attr(story.dek)}">
<meta data-rh="true" property="article:section" content="${story.section}">
<meta data-rh="true" name="byl" content="By ${attr(story.authors.join(' and '))}">
<meta data-rh="true" name="pdate" content="${date(story).replace(/-/g, '')}">
<meta data-rh="true" property="article:published_time" content="${story.published}">
<link data-rh="true" rel="canonical" href="${url}">
${jsonLd({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  description: story.dek,
  image: [{ '@type': 'ImageObject', url: 'https://static.mettimes.example/images/lead-superJumbo.jpg' }],
  mainEntityOfPage: url,
  url,
  author: story.authors.map((name) => ({
    '@context': 'https://schema.org',
    '@type': 'Person',
    url: `https://www.mettimes.example.com/by/${authorSlug(name)}`,
    name,
  })),
  dateModified: story.published,
  datePublished: story.published,
  headline: story.title,
  alternativeHeadline: story.dek,
  publisher: { '@id': 'https://www.mettimes.example.com/#publisher' },
  copyrightHolder: { '@id': 'https://www.mettimes.example.com/#publisher' },
  sourceOrganization: { '@id': 'https://www.mettimes.example.com/#publisher' },
  copyrightYear: 2024,
  isAccessibleForFree: false,
  hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.meteredContent' },
})}
<script>window.__preloadedData = {"initialState":{"ROOT_QUERY":{"viewer":{"__ref":"Viewer"}}},"config":{"gqlUrlClient":"https://samizdat-graphql.example/graphql/v2"}};</script>
<style data-lights-css="css-1r6wvpq">.css-1r6wvpq{font-family:cheltenham,georgia,serif;}</style>
</head>
<body><div id="app"><div><div class="NYTAppHideMasthead css-1q2w90k e1m0pzr40">
<header class="css-1bymuyk e1m0pzr41"><section class="css-ui9rw0 e1m0pzr42"><div class="css-1mj5cjl"><button aria-label="Sections Navigation &amp; Search">Sections</button></div><div class="css-1wr3we4"><a href="/" aria-label="${site} Homepage">${site}</a></div><div class="css-6n7j50"><a href="https://myaccount.mettimes.example.com/auth/login" class="css-1kj7lfb">Log in</a></div></section>
<nav aria-label="Main" class="css-1vxc2sl"><ul><li><a href="/section/world">World</a></li><li><a href="/section/us">U.S.</a></li><li><a href="/section/politics">Politics</a></li><li><a href="/section/nyregion">N.Y.</a></li><li><a href="/section/business">Business</a></li><li><a href="/section/opinion">Opinion</a></li><li><a href="/section/science">Science</a></li><li><a href="/section/arts">Arts</a></li></ul></nav></header></div>
<div id="top-wrapper" class="css-1sy8kpn"><div id="top-slug" class="css-l9onyx"><p>Advertisement</p></div><a href="#after-top" class="css-1ly73wi">SKIP ADVERTISEMENT</a><div class="ad top-wrapper" style="text-align:center;height:100%;display:block;min-height:250px"><div id="top" class="place-ad" data-position="top" data-size-key="top"></div></div><div id="after-top"></div></div>
<main id="site-content"><div><div class="css-1vkm6nb ehdk2mb0"><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1ky3gpm e1h9rw200"><div class="css-1vkm6nb"><p class="css-1s8vyol"><a href="/section/${story.section.toLowerCase()}">${story.section}</a></p><h1 id="link-3b1f8d4a" class="css-88wicj e1h9rw200" data-testid="headline">${inline(story.title)}</h1><p id="article-summary" class="css-79rysd e1wiw3jv0">${inline(story.dek)}</p></div>
<div class="css-1r8rmpo"><div class="css-1bsgdsb"><ul class="css-1swhua6"><li><button aria-label="Share full article">Share full article</button></li><li><button aria-label="Save article for reading later...">Save</button></li></ul></div></div>
<div class="css-bdinqr"><div class="css-1vkm6nb"><div class="css-1x2wdxw"><div class="css-7q6nax"><p class="css-aknsld e1jsehar1"><span class="byline-prefix">By </span>${story.authors.map((name) => `<span class="last-byline css-1baulvz" itemprop="name"><a href="/by/${authorSlug(name)}" class="css-n8ff4n e1jsehar0">${name}</a></span>`).join(' and ')}</p></div></div><div class="css-ld3wwf e16638kd4"><time class="css-1z1nqv e16638kd0" datetime="${story.published}"><span class="css-1sbuyqj e16638kd3">Published ${new Date(story.published).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}</span></time></div></div></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
${(() => {
  // The NYT body: every few paragraphs a new StoryBodyCompanionColumn, ads between them.
  const parts = bodyParts(story, {
    paragraph: (h) => `<p class="css-at9mc1 evys1bk0">${h}</p>`,
    figure: (block, i) =>
      `<figure class="css-1a48zt4 ebyp5n10" aria-label="media" role="group"><div class="css-1xdhyk6 erfvjey0"><picture><source media="(max-width: 599px) and (min-device-pixel-ratio: 3)" srcset="https://static.mettimes.example/images/${i}-mobileMasterAt3x.jpg"><img alt="${attr(block.alt)}" class="css-rq4mmj" src="https://static.mettimes.example/images/${i}-articleLarge.jpg" width="600" height="400" decoding="async"></picture></div><figcaption class="css-jevhma ewdxa0s0"><span aria-hidden="true" class="css-16f3y1r e13ogyst0">${inline(block.caption)}</span><span class="css-cnj6d5 e1z0qqy90"><span class="css-1ly73wi e1tej78p0">Credit...</span><span>Metropolitan Times staff</span></span></figcaption></figure>`,
  });
  const columns: string[] = [];
  for (let i = 0; i < parts.length; i += 4) {
    columns.push(
      `<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-${i / 4}"><div class="css-53u6y8">${parts.slice(i, i + 4).join('\n')}</div></div>`,
    );
    if (i === 4)
      columns.push(
        `<div class="css-1ujfpi2"><div id="mid1-wrapper" class="css-rfqw0c"><div id="mid1-slug" class="css-l9onyx"><p>Advertisement</p></div><a href="#after-mid1" class="css-1ly73wi">SKIP ADVERTISEMENT</a><div class="ad mid1-wrapper"><div id="mid1" class="place-ad" data-position="mid1"></div></div><div id="after-mid1"></div></div></div>`,
      );
  }
  return columns.join('\n');
})()}
</section>
<div class="bottom-of-article"><div class="css-1jp38cq"><p class="css-8bktc8">A version of this article appears in print on ${longDate(story)}, Section A, Page 14 of the New York edition. <a href="https://www.mettimes.example.com/subscriptions">Order Reprints</a> | <a href="https://www.mettimes.example.com/todayspaper">Today’s Paper</a> | <a href="https://www.mettimes.example.com/subscriptions/Multiproduct">Subscribe</a></p></div>
<div class="css-1e7q5ne"><h2>Related Content</h2><ul>${links('related')}</ul></div></div>
</article></div></div></main>
<div id="site-index" class="css-4d08fs"><h2 class="css-1ugh5sj">Site Index</h2><nav><ul><li><a href="/section/world">World</a></li><li><a href="/section/us">U.S.</a></li><li><a href="/section/opinion">Opinion</a></li></ul></nav></div>
<footer role="contentinfo" class="css-1a8hxch"><nav><ul><li><a href="https://www.mettimes.example.com/privacy">Privacy Policy</a></li><li><a href="https://www.mettimes.example.com/privacy/cookie-policy">Cookie Policy</a></li><li><a href="https://help.mettimes.example.com/">Help</a></li></ul></nav><p>© 2024 ${site} Company</p></footer>
<div id="gdpr-banner" class="css-1trf0yv">${COOKIE_BANNER}</div></div></div>
</body></html>`;
}

function amp(story: Story): string {
  const site = 'Valley Gazette';
  const url = `https://www.valleygazette.example.com/news/${story.slug}`;
  return `<!doctype html>
<html ⚡ lang="en"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<title>${attr(story.title)} - ${site}</title>
<link rel="canonical" href="${url}">
<meta name="viewport" content="width=device-width">
<meta property="og:title" content="${attr(story.title)}"><meta property="og:site_name" content="${site}">
${jsonLd({
  '@context': 'http://schema.org',
  '@type': 'NewsArticle',
  mainEntityOfPage: url,
  headline: story.title,
  datePublished: story.published,
  dateModified: story.published,
  author:
    story.authors.length === 1
      ? { '@type': 'Person', name: story.authors[0] }
      : story.authors.map((name) => ({ '@type': 'Person', name })),
  publisher: {
    '@type': 'Organization',
    name: site,
    logo: { '@type': 'ImageObject', url: 'https://www.valleygazette.example.com/logo.png' },
  },
  description: story.dek,
})}
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>.header{background:#003366}.byline{color:#666}</style>
</head>
<body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui" id="consent-ui"><p>We use cookies to give you the best experience. By continuing you agree to our use of cookies.</p><button on="tap:consent.accept">Accept</button><button on="tap:consent.reject">Reject</button></div></amp-consent>
<header class="header"><a href="/">${site}</a><button on="tap:sidebar.toggle" class="menu">Menu</button></header>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li><li><a href="/jobs">Jobs</a></li></ul></amp-sidebar>
<main><article>
<h1>${inline(story.title)}</h1>
<p class="byline">By ${story.authors.join(' and ')} &middot; <time datetime="${story.published}">${longDate(story)}</time></p>
<div class="social"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>
<div class="article-body">
${body(story, {
  figure: (block, i) =>
    `<figure><amp-img src="https://www.valleygazette.example.com/images/${i}.jpg" width="800" height="533" layout="responsive" alt="${attr(block.alt)}"></amp-img><figcaption>${inline(block.caption)}</figcaption></figure>`,
  inserts: {
    [at(story, 0.3)]:
      `<div class="ad-container"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/valley/article/mpu1"></amp-ad></div>`,
    [at(story, 0.7)]:
      `<div class="read-more"><strong>Read more:</strong><ul><li><a href="/news/a">${OTHER[0]}</a></li><li><a href="/news/b">${OTHER[2]}</a></li></ul></div>`,
  },
})}
</div></article>
<section class="trending"><h2>Trending</h2><ol>${links('trending')}</ol></section></main>
<footer><p>&copy; ${site} 2024. Part of Valley Media Group.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>`;
}

function blogger(story: Story, page: { name: string }): string {
  const blog = 'Notes from the Lighthouse';
  const files = `${page.name}_files`;
  return `<!DOCTYPE html>
<!-- saved from url=(0071)https://lighthousenotes.example.blogspot.com/2024/05/${story.slug}.html -->
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta content="width=1100" name="viewport">
<meta content="blogger" name="generator">
<link href="https://lighthousenotes.example.blogspot.com/2024/05/${story.slug}.html" rel="canonical">
<meta content="${attr(story.title)}" property="og:title">
<meta content="https://lighthousenotes.example.blogspot.com/2024/05/${story.slug}.html" property="og:url">
<title>${blog}: ${attr(story.title)}</title>
<link type="text/css" rel="stylesheet" href="./${files}/css_bundle_v2.css">
<style id="page-skin-1" type="text/css">body { font: normal normal 15px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; }</style>
</head>
<body class="loading variant-simplysimple">
<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe src="https://www.blogger.com/navbar.g?targetBlogID=123" height="30px" width="100%" title="Blogger Navigation and Search" frameborder="0"></iframe></div></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://lighthousenotes.example.blogspot.com/">${blog}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>A keeper’s daughter writes about the coast, books and everything in between.</span></p></div></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>${new Date(story.published).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="${attr(story.dek)}" itemprop="description">
<a name="8312047719"></a>
<h3 class="post-title entry-title" itemprop="name">${inline(story.title)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-8312047719" itemprop="description articleBody">
${body(story, {
  paragraph: (html) =>
    `<div style="text-align: justify;">${html}</div><div style="text-align: justify;"><br></div>`,
  figure: (block, i) =>
    `<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/photo-${i}/s1600/photo-${i}.png" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="600" data-original-width="900" height="426" src="./${files}/photo-${i}.png" width="640" alt="${attr(block.alt)}"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${inline(block.caption)}</td></tr></tbody></table>`,
})}
<div style="clear: both;"></div>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/0123456789" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/0123456789" rel="author" title="author profile"><span itemprop="name">${story.authors[0]}</span></a></span></span>
<span class="post-timestamp">at <meta content="https://lighthousenotes.example.blogspot.com/2024/05/${story.slug}.html" itemprop="url"><a class="timestamp-link" href="https://lighthousenotes.example.blogspot.com/2024/05/${story.slug}.html" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="${story.published}">${story.published.slice(11, 16)}</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="https://www.blogger.com/comment/fullpage/post/123/8312047719">4 comments</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?target=email" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="https://www.blogger.com/share-post.g?target=blog" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" href="https://www.blogger.com/share-post.g?target=twitter" title="Share to X"><span class="share-button-link-text">Share to X</span></a><a class="goog-inline-block share-button sb-facebook" href="https://www.blogger.com/share-post.g?target=facebook" title="Share to Facebook"><span class="share-button-link-text">Share to Facebook</span></a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="https://lighthousenotes.example.blogspot.com/search/label/${story.section}" rel="tag">${story.section}</a></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>4 comments:</h4><div class="comments-content"><div class="comment-thread"><ol><li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/1">Morag</a></cite></div><p class="comment-content">Lovely to read this over breakfast. Please keep writing!</p></div></li><li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">Anonymous</cite></div><p class="comment-content">I remember that winter too, my grandfather told stories about it.</p></div></li></ol></div></div><p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/123/8312047719">Post a Comment</a></p></div>
</div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/newer.html" title="Newer Post">Newer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/older.html" title="Older Post">Older Post</a></span><a class="home-link" href="https://lighthousenotes.example.blogspot.com/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="https://lighthousenotes.example.blogspot.com/feeds/posts/default" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/0123456789">${story.authors[0]}</a></dt></dl><a class="profile-link" href="https://www.blogger.com/profile/0123456789" rel="author">View my complete profile</a></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2024/">2024</a> <span class="post-count" dir="ltr">(12)</span><ul class="posts">${links('2024/05')}</ul></li></ul></div></div></div></aside></div></div>
</div></div></div></div></div>
<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></footer></div></div>
<script type="text/javascript" src="./${files}/3655419862-widgets.js"></script>
</body></html>`;
}

function drupal(story: Story): string {
  const site = 'The Fenland Echo';
  return `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="${attr(story.dek)}">
<link rel="canonical" href="https://www.fenlandecho.example.co.uk/news/${story.slug}">
<meta property="og:site_name" content="${site}"><meta property="og:type" content="article">
<meta property="og:title" content="${attr(story.title)}">
<meta name="dcterms.creator" content="${attr(story.authors[0]!)}">
<meta name="dcterms.date" content="${date(story)}">
<title>${attr(story.title)} | ${site}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xy7uTq3vN0.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/18342","currentLanguage":"en"},"ajaxPageState":{"theme":"echo"}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-echo-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/echo/logo.svg" alt="Home"></a><div class="site-name"><a href="/" rel="home">${site}</a></div></div>
<div class="block block-search"><form action="/search/node" method="get"><input type="search" name="keys" placeholder="Search"><input type="submit" value="Search"></form></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-echo-main-menu"><ul class="menu"><li class="menu-item"><a href="/news">News</a></li><li class="menu-item"><a href="/sport">Sport</a></li><li class="menu-item"><a href="/whats-on">What's on</a></li><li class="menu-item"><a href="/notices">Family notices</a></li><li class="menu-item"><a href="/contact">Contact</a></li></ul></nav></div></header>
<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-echo-content" class="block block-system block-system-main-block">
<article role="article" about="/news/${story.slug}" class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${inline(story.title)}</span></h1>
<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/42" typeof="schema:Person" property="schema:name" datatype="">${story.authors[0]}</span></span> on <span class="field field--name-created field--type-created field--label-hidden">${new Date(story.published).toLocaleDateString('en-GB', { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })} - ${story.published.slice(11, 16)}</span></div></footer>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${body(story, {
  figure: (block, i) =>
    `<div class="align-center"><div class="field field--name-field-media-image field--type-image"><img loading="lazy" src="/sites/default/files/styles/large/public/2024-05/photo-${i}.jpg?itok=Qk3v8Zp1" width="480" height="320" alt="${attr(block.alt)}" typeof="foaf:Image"></div><div class="field field--name-field-caption">${inline(block.caption)}</div></div>`,
  inserts: {
    [at(story, 0.5)]:
      `<div class="block block-echo-ads"><div class="advert advert--mpu"><span class="advert__label">Advertisement</span><div id="div-gpt-ad-mpu-1"></div></div></div>`,
  },
})}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/3" hreflang="en">${story.section}</a></div></div></div>
<ul class="links inline"><li class="comment-add"><a href="/comment/reply/node/18342/comment_node_article#comment-form" title="Share your thoughts and opinions.">Add new comment</a></li></ul>
</div></article></div>
<div class="views-element-container block block-views"><h2>Latest news</h2><div class="view view-latest"><div class="view-content"><div class="item-list"><ul>${links('news')}</ul></div></div></div></div>
</div></div></main>
<footer role="contentinfo"><div class="region region-footer"><nav role="navigation"><ul class="menu"><li><a href="/terms">Terms and conditions</a></li><li><a href="/privacy">Privacy and cookies</a></li><li><a href="/advertise">Advertise with us</a></li></ul></nav><div class="block"><p>${site} is published by Fen Newspapers Ltd, 4 Market Place, Wisbech.</p></div></div></footer>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/sites/default/files/js/js_Gk2_ZkTf1.js"></script>
</body></html>`;
}

function wire(story: Story): string {
  const agency = 'Continental Press';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head>
<meta charset="iso-8859-1">
<title>${attr(story.title)} | ${agency}</title>
<meta name="sailthru.author" content="${attr(story.authors.join(', '))}">
<meta name="sailthru.date" content="${story.published.replace('T', ' ').slice(0, 19)}">
<meta name="DCSext.DartZone" content="world">
<meta property="og:title" content="${attr(story.title)}">
<meta property="og:site_name" content="${agency}">
<link rel="canonical" href="https://www.contipress.example.com/world/${story.slug}-idUSKBN2X${story.slug.length}Q">
<script type="text/javascript">var _sf_startpt=(new Date()).getTime(); var dataLayer = [{"pageType":"article","channel":"world"}];</script>
</head>
<body>
<div id="header"><div class="masthead"><a href="/">${agency}</a> | <a href="/markets">Markets</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/tech">Tech</a> | <a href="/investigations">Investigations</a></div>
<div class="market-ticker"><span>FTSE 100 8,104.2 +0.4%</span> <span>DAX 18,452.1 -0.2%</span> <span>EUR/USD 1.0832</span> <span>Brent $83.12</span></div></div>
<div id="content"><div class="column1">
<div class="article-header"><span class="article-section">${story.section}</span>
<h1 class="article-headline">${inline(story.title)}</h1>
<div class="article-info"><div class="byline">By ${story.authors.join(', ')}</div><div class="timestamp">${new Date(story.published).toLocaleString('en-US', { month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })} UTC</div><div class="read-time">4 Min Read</div></div></div>
<div class="article-text" id="article-text">
${body(story, {
  figure: (block, i) =>
    `<div class="image-container"><div class="image"><img src="https://static.contipress.example/resources/r/?m=02&amp;d=${date(story).replace(/-/g, '')}&amp;t=2&amp;i=${i}&amp;w=780" alt="${attr(block.alt)}"></div><div class="image-caption"><span>${inline(block.caption)} ${agency.toUpperCase()}/Staff</span></div></div>`,
  inserts: {
    [at(story, 0.45)]:
      `<div class="related-coverage"><p class="related-title">Related Coverage</p><ul><li><a href="/article/a">${OTHER[0]}</a></li><li><a href="/article/b">${OTHER[4]}</a></li></ul></div>`,
  },
})}
</div>
<div class="standards"><a href="/trust-principles">Our Standards: The ${agency} Trust Principles.</a></div>
</div>
<div class="column2"><div class="module"><h3 class="module-heading">Most Popular</h3><ol>${links('popular')}</ol></div><div class="ad"><p>Advertisement</p><div id="ad-mpu"></div></div></div></div>
<div id="footer"><p>All quotes delayed a minimum of 15 minutes. &copy; 2024 ${agency}. All rights reserved.</p><a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a> | <a href="/accessibility">Accessibility</a></div>
</body></html>`;
}

function nextjs(story: Story): string {
  const site = 'Brightwater';
  const url = `https://brightwater.example.io/stories/${story.slug}`;
  const data = {
    props: {
      pageProps: {
        article: {
          id: `art_${story.slug.length}9f2`,
          slug: story.slug,
          headline: story.title,
          dek: story.dek,
          authors: story.authors.map((name) => ({ name, slug: authorSlug(name) })),
          publishedAt: story.published,
          section: story.section,
          body: story.body.map((block) =>
            typeof block === 'string'
              ? { type: 'paragraph', html: inline(block) }
              : { type: Object.keys(block)[0], data: block },
          ),
        },
        related: OTHER.map((title, i) => ({ title, href: `/stories/other-${i}` })),
      },
      __N_SSG: true,
    },
    page: '/stories/[slug]',
    query: { slug: story.slug },
    buildId: 'k3JfA9x_Q2mZ7s1bLw8cR',
    isFallback: false,
    gsp: true,
    scriptLoader: [],
  };
  return `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${attr(story.title)} - ${site}</title>
<meta name="description" content="${attr(story.dek)}"/>
<meta property="og:title" content="${attr(story.title)}"/><meta property="og:site_name" content="${site}"/>
<meta property="og:type" content="article"/><meta property="article:published_time" content="${story.published}"/>
<meta name="author" content="${attr(story.authors.join(', '))}"/>
<link rel="canonical" href="${url}"/>
<meta name="next-head-count" content="10"/>
<link rel="preload" href="/_next/static/css/6b9f0e2a1c3d4e5f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/6b9f0e2a1c3d4e5f.css" data-n-g=""/>
<noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>
<script src="/_next/static/chunks/pages/stories/%5Bslug%5D-4c1f2e3d5a6b7c8d.js" defer=""></script>
</head>
<body><div id="__next"><div class="Layout_root__Qv3sN">
<header class="Header_header__x7Kp2"><a class="Header_logo__b1Zt9" href="/">${site}</a><nav class="Header_nav__9dLmE"><a href="/topics/climate">Climate</a><a href="/topics/cities">Cities</a><a href="/topics/tech">Tech</a><a href="/about">About</a></nav><a class="Button_button__Ad4Fq Button_primary__kQ2nX" href="/donate">Donate</a></header>
<div class="Banner_banner__G5rTq" role="region" aria-label="Cookie consent"><span>This site uses cookies to measure traffic. See our privacy policy.</span><button class="Banner_close__pL0vW">OK</button></div>
<main class="Story_main__cZ81a"><div class="Story_header__Kx0qW"><a class="Story_kicker__Pp2sV" href="/topics/${story.section.toLowerCase()}">${story.section}</a>
<h1 class="Story_headline__1rXn0">${inline(story.title)}</h1><p class="Story_dek__M4vhF">${inline(story.dek)}</p>
<div class="Story_meta__7JbHk"><div class="Byline_byline__Tq0eF">By ${story.authors.map((name) => `<a class="Byline_author__u9GmS" href="/authors/${authorSlug(name)}">${name}</a>`).join(' and ')}</div><time class="Story_date__f2Wc1" dateTime="${story.published}">${longDate(story)}</time></div>
<div class="ShareBar_bar__lW0oZ"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on LinkedIn">LinkedIn</button><button aria-label="Copy link">Copy link</button></div></div>
<div class="Story_body__HsM3b">
${body(story, {
  paragraph: (html) => `<p class="Paragraph_p__J8xYc">${html}</p>`,
  figure: (block, i) =>
    `<figure class="Figure_figure__vR5dK"><span style="box-sizing:border-box;display:block;overflow:hidden;position:relative"><img alt="${attr(block.alt)}" src="/_next/image?url=%2Fimages%2F${i}.jpg&amp;w=1200&amp;q=75" decoding="async" data-nimg="responsive" style="position:absolute;inset:0" sizes="100vw"/></span><figcaption class="Figure_caption__Gm9Lp">${inline(block.caption)}</figcaption></figure>`,
  inserts: {
    [at(story, 0.5)]:
      `<aside class="Newsletter_box__sU3ya"><h3 class="Newsletter_title__Wq2xZ">Get the Brightwater weekly</h3><p class="Newsletter_text__pL5kQ">The week’s best reporting on how places change, in your inbox every Friday.</p><form class="Newsletter_form__Z1bVd"><input type="email" placeholder="you@example.com"/><button type="submit">Sign up</button></form></aside>`,
  },
})}
</div>
<section class="Related_related__Yq4Wm"><h2 class="Related_title__h8Lxo">Related stories</h2><ul>${links('stories')}</ul></section></main>
<footer class="Footer_footer__mN2pX"><p>${site} is an independent nonprofit newsroom.</p><nav><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="/ethics">Ethics</a></nav></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
</body></html>`;
}

export const TEMPLATES: Record<string, Template> = {
  wordpress: { encoding: 'utf-8', render: wordpress },
  ghost: { encoding: 'utf-8', render: ghost },
  substack: { encoding: 'utf-8', render: substack },
  medium: { encoding: 'utf-8', savedFiles: true, render: medium },
  guardian: { encoding: 'utf-8', render: guardian },
  nyt: { encoding: 'utf-8', render: nyt },
  amp: { encoding: 'utf-8', render: amp },
  blogger: { encoding: 'utf-8', savedFiles: true, render: blogger },
  drupal: { encoding: 'windows-1252', render: drupal },
  wire: { encoding: 'windows-1252', render: wire },
  nextjs: { encoding: 'utf-8', render: nextjs },
};
