import { cleanText, companyFromTitle, defineSelectorBoard, hostIs, metaContent } from '../board';

// Greenhouse: the legacy hosted board (boards.greenhouse.io: `#app_body`, `h1.app-title`, `.company-name`,
// `.location`, `#content`), the 2024 board (job-boards.greenhouse.io: `.job__title h1`, `.job__location`,
// `.job__description`, JSON-LD), and the embed (`/embed/job_app?for=…&token=…`, loaded in an iframe `#grnhse_iframe`
// on company sites whose URL carries `gh_jid`). The embed's iframe is read by the content script running in that
// frame; the company page around it only shows the iframe.

export const greenhouse = defineSelectorBoard({
  id: 'greenhouse',
  label: 'Greenhouse',
  matchesUrl: (url) => hostIs(url, 'greenhouse.io') || url.searchParams.has('gh_jid'),
  isPostingUrl: (url) =>
    /\/jobs\/\d+/.test(url.pathname) || /^\d+$/.test(url.searchParams.get('gh_jid') ?? ''),
  title: ['.job__title h1', 'h1.app-title', '#header h1', '.job-post h1', 'h1.section-header'],
  company: ['#header .company-name', '.company-name'],
  location: ['.job__location', '#header .location', '.location'],
  description: ['.job__description', '#content', '.job-post-content'],
  extra(doc, _url, posting) {
    const fromLogo = doc.querySelector('.logo img, img.logo, .job__header img')?.getAttribute('alt');
    return {
      company:
        posting.company?.replace(/^at\s+/i, '') ??
        companyFromTitle(doc, /\bat\s+(.+?)\s*$/i) ??
        (fromLogo ? fromLogo.replace(/\s*logo$/i, '') : null) ??
        metaContent(doc, 'og:site_name'),
      location: posting.location ?? cleanText(doc.querySelector('.job__location div')),
    };
  },
});
