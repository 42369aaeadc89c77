// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run export` writes a static copy of the site to out/ for any static host.
  ...(process.env.STATIC_EXPORT === '1' ? { output: 'export' } : {}),
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // One 404 page for URLs outside every locale (there is no single root layout).
    globalNotFound: true,
  },
};

module.exports = nextConfig;
