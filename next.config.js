// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // One 404 page for URLs outside every locale (there is no single root layout).
    globalNotFound: true,
  },
};

module.exports = nextConfig;
