import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a parameter that a signature needs but the body does not.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }],
    },
  },
  { ignores: ["lib/generated/**", ".next/**", ".data/**", ".prisma6/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
