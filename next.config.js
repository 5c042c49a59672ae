// @ts-check

// The dashboard may only be framed by itself; /embed exists to be framed by anyone.
const NOT_FRAMEABLE = [
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
];
const FRAMEABLE = [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  async headers() {
    return [
      { source: '/embed', headers: FRAMEABLE },
      { source: '/embed/:view', headers: FRAMEABLE },
      { source: '/((?!embed$|embed/).*)', headers: NOT_FRAMEABLE },
    ];
  },
};

module.exports = nextConfig;
