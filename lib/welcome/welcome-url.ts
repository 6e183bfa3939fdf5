/** The welcome page's path in the extension, at a section when given ("/welcome.html#quick-start"). */
export function welcomePath(section?: 'quick-start'): string {
  return section ? `/welcome.html#${section}` : '/welcome.html';
}

/** The demo posting shipped in the extension (the seed posting as a page the extension reads itself). */
export const DEMO_POSTING_PATH = '/demo-posting.html';
