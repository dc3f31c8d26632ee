/** @type {import('next').NextConfig} */
const nextConfig = {
  // The check runs `next start` on a free port; no telemetry prompt, no image service needed.
  images: { unoptimized: true },
};

export default nextConfig;
