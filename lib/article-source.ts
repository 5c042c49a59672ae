// The one article the dashboard annotates (see data/article/README.md). The loader writes the
// outlet and address into the article datasets' rows; the title and date are not in any file.
export const ARTICLE = {
  title: 'Kazakh President Tokayev Goes to Beijing',
  outlet: 'The Diplomat (Crossroads Asia)',
  url: 'https://thediplomat.com/2019/09/kazakh-president-tokayev-goes-to-beijing/',
  published: 'September 2019',
  paragraphs: 10, // data/article rows may cite paragraphs 1 to 10
} as const;
