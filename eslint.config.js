import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What the web app may not import (see the layer rules below). */
const WEB_PATTERNS = [
  { group: ['@aws-sdk/*', 'node:*', 'postal-mime', 'nodemailer', 'docx', 'exceljs', '@middy/*'], message: 'The web app runs in the browser: no AWS SDK, Node or server libraries.' },
  { group: ['**/shared/platform/*', '**/shared/storage/*', '**/dynamodb-*', '**/s3-*', '**/ses-*', '**/cognito-*', '**/shared/*/service.ts', '**/shared/http/handler.ts'], message: 'The web app imports only pure shared modules (models, rules, routes), never adapters, services or wiring.' },
];

export default tseslint.config(
  { ignores: ['node_modules', 'cdk.out', 'web/dist', '.data', 'coverage', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      // `import { z } from 'zod'` pulls every zod locale (~300 KiB) into each Lambda bundle; the
      // namespace import lets esbuild drop what is unused.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z'][importKind!='type']",
          message: "Use `import * as z from 'zod'` so bundles stay small.",
        },
      ],
    },
  },
  // The layers. Domain code (use cases, rules, models, ports) imports no AWS SDK and no adapter: adapters
  // (DynamoDB, S3, SES, Cognito, stream-record decoders) are built in shared/platform and injected. The
  // resource manifest (platform/resources.ts) is data anyone may read; the demo seed is wiring.
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/platform/**', 'shared/storage/**', 'shared/demo/**', 'shared/**/dynamodb-*.ts', 'shared/**/s3-*.ts', 'shared/**/ses-*.ts', 'shared/**/cognito-*.ts', 'shared/**/*-events.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@aws-sdk/*'], message: 'Domain code takes a port; the AWS SDK belongs to an adapter (dynamodb-*.ts, s3-*.ts, ses-*.ts, cognito-*.ts).' },
        { group: ['**/dynamodb-*', '**/storage/dynamodb.ts', '**/s3-*', '**/ses-mailer.ts', '**/cognito-*', '**/platform/*', '!**/platform/resources.ts'], message: 'Domain code imports no adapter and no wiring: depend on the port, and let shared/platform inject the adapter.' },
      ] }],
    },
  },
  // An adapter serves its own capability: another capability's adapter is reached through shared/platform.
  {
    files: ['shared/**/dynamodb-*.ts', 'shared/**/s3-*.ts', 'shared/**/ses-*.ts', 'shared/**/cognito-*.ts', 'shared/**/*-events.ts'],
    ignores: ['shared/platform/**', 'shared/storage/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../*/dynamodb-*', '../*/s3-*', '../*/ses-*', '../*/cognito-*', '**/platform/*', '!**/platform/resources.ts', '!**/platform/config.ts'], message: 'An adapter does not import another capability’s adapter or the wiring.' },
      ] }],
    },
  },
  // A handler builds nothing itself: its services and adapters come from a factory in shared/platform.
  {
    files: ['functions/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@aws-sdk/*', '**/dynamodb-*', '**/storage/*', '**/s3-*', '**/ses-mailer.ts', '**/cognito-*'], message: 'A handler takes its adapters from a factory in shared/platform (one createXServices per capability).' },
      ] }],
    },
  },
  // The browser app imports only pure shared modules: models, rules, routes, formatting; never adapters, services or Node.
  { files: ['web/src/**/*.ts', 'web/src/**/*.tsx'], rules: { 'no-restricted-imports': ['error', { patterns: WEB_PATTERNS }] } },
  // Pages do not import each other: a feature's page (`web/src/features/<capability>/*-page.tsx`) may route
  // its own feature's sub-pages, never another feature's; nothing else imports a page but the page tables
  // (`pages.tsx`, `public-pages.tsx`), which load them lazily, and `app.tsx`, which shows the sign-in before the gate. What two pages share is a component or a helper.
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    ignores: ['web/src/app.tsx', 'web/src/pages.tsx', 'web/src/public-pages.tsx', 'web/src/features/*/*-page.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...WEB_PATTERNS,
        { group: ['**/*-page.tsx'], message: 'Only the page tables import a page: move what is shared to web/src/components or a helper.' },
      ] }],
    },
  },
  {
    files: ['web/src/features/*/*-page.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...WEB_PATTERNS,
        { group: ['../**/*-page.tsx'], message: 'A page does not import another feature’s page: move what they share to web/src/components or a helper.' },
      ] }],
    },
  },
);
