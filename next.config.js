// @ts-check

// Security headers, framing rules included, are set per request in proxy.ts.

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: [
    'pdfkit',
    'fontkit',
    'svg-to-pdfkit',
    'exceljs',
    'qrcode',
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    '@resvg/resvg-js',
  ],
};

module.exports = nextConfig;
