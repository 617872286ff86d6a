import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a parameter that a signature needs but the body does not.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }],
      // next-intl's server translators rebuild their caches on every request, and its client
      // runtime weighs ≈ 12 KB gzip on every page that uses it (docs/i18n.md).
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next-intl/server", importNames: ["getTranslations", "getFormatter"], message: "Use getT from @/lib/i18n/translator: it keeps compiled messages across requests." },
            { name: "next-intl", importNames: ["useTranslations", "NextIntlClientProvider"], message: "Server components: useT from @/lib/i18n/translator. Client components: useClientText from @/components/i18n/client-text, under ScopedText." },
          ],
        },
      ],
    },
  },
  { ignores: ["lib/generated/**", ".next/**", ".data/**", ".prisma6/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
