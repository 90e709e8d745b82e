import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const libPatterns = [
  { group: ["@/components/*", "**/components/*"], message: "lib/ must not import components/: move what both need into lib/." },
  { group: ["@/scripts/*", "**/scripts/*"], message: "lib/ must not import scripts/: scripts build on lib/, not the other way." },
];

// Dashboard text comes from the message catalogues (messages/<locale>/*.json,
// docs/architecture.md "Dashboard text"), never from literals in JSX: text
// children, and the attributes people see or hear.
const visibleAttributes = "/^(aria-label|aria-description|aria-placeholder|aria-roledescription|aria-valuetext|title|placeholder|alt|label)$/";
const noLiteralText = {
  "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, allowedStrings: ["·", "—", "–", "-", "*", "/", "(", ")", ":", ",", ".", "…", "→", "←", "↑", "↓", "×", "%", "+", "|", "✓", "⚠"] }],
  "no-restricted-syntax": [
    "error",
    ...[`JSXAttribute[name.name=${visibleAttributes}] > Literal`, `JSXAttribute[name.name=${visibleAttributes}] > JSXExpressionContainer > :matches(Literal, ConditionalExpression > Literal, LogicalExpression > Literal)[value=/[A-Za-z]/]`, `JSXAttribute[name.name=${visibleAttributes}] > JSXExpressionContainer > :matches(TemplateLiteral, ConditionalExpression > TemplateLiteral) > TemplateElement[value.raw=/[A-Za-z]/]`].map((selector) => ({
      selector,
      message: "User-visible text comes from the message catalogues: use t(\"…\") from next-intl.",
    })),
    ...[":matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > Literal[value=/[A-Za-z]/]", ":matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(TemplateLiteral, ConditionalExpression > TemplateLiteral, LogicalExpression > TemplateLiteral) > TemplateElement[value.raw=/[A-Za-z]{2}/]"].map((selector) => ({
      selector,
      message: "User-visible text comes from the message catalogues: use t(\"…\") from next-intl.",
    })),
  ],
};


export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    files: ["components/**/*.tsx", "app/**/*.tsx"],
    // Public policy pages are in their policy's language, not the reader's; API routes answer machines.
    ignores: ["app/(public)/**", "app/api/**"],
    rules: noLiteralText,
  },
  {
    // Components get data from pages; only lib/*/queries.ts and actions talk to the database.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/db", message: "Components never query the database: use a query in lib/<feature>/queries.ts from the page." }] }],
    },
  },
  {
    // lib/ is what ships and what pages and routes build on: it never reaches up
    // into React components, into the command-line scripts, or into test/.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...libPatterns, { group: ["@/test/*", "**/test/*"], message: "lib/ must not import test/: test helpers and fixtures are for tests only." }] }],
    },
  },
  {
    // The tests beside lib/ files may use test/, but not components/ or scripts/.
    files: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: libPatterns }],
    },
  },
]);
