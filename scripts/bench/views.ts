// Distinct valid views of the dashboard (~15,000 before they repeat), so each request is a cache miss.
const PARTNERS = [
  'CHN',
  'RUS',
  'DEU',
  'USA',
  'TUR',
  'ITA',
  'FRA',
  'KOR',
  'JPN',
  'UZB',
  'KGZ',
  'UKR',
  'BLR',
  'IND',
  'GBR',
  'NLD',
];

export function* distinctViews(): Generator<string> {
  for (;;) {
    for (let from = 1995; from <= 2010; from += 1)
      for (let to = from + 3; to <= 2017; to += 1)
        for (let i = 0; i < PARTNERS.length; i += 1)
          for (let j = i + 1; j < PARTNERS.length; j += 1) {
            const source = (i + j) % 2 === 0 ? 'wits' : 'dots';
            yield `?partners=${PARTNERS[i]},${PARTNERS[j]}&from=${from}&to=${to}&source=${source}`;
          }
  }
}
