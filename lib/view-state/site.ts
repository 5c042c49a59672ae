// The dashboard's name: the page title of the layout, and the author of a view's citation.
export const SITE_NAME = 'Kazakhstan’s trade: China and Russia';
