import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", ".prisma6/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
