// The CI side of a content repo: a GitHub Actions workflow that validates and lints every pull request (SARIF
// goes to code scanning, so findings show on the diff), and a .gitignore that keeps plans but never contacts.
import type { Lang } from '../i18n/text.js';

const WORKFLOW_COMMENTS: Record<Lang, Record<'intro' | 'permissions' | 'install' | 'sarif' | 'upload' | 'fail', string>> = {
  en: {
    intro: 'Checks personas, persona.config.yaml and templates on every pull request.',
    permissions: 'security-events: write lets the SARIF upload add findings to code scanning.',
    install: 'persona is a dev dependency of this repo (package.json), so CI uses the same version as everyone; npm ci once package-lock.json is committed.',
    sarif: 'Lint findings as SARIF, even when validate failed; the step may fail, the upload still runs, the last step fails the job.',
    upload: 'Findings appear in the Security tab and on the pull request diff.',
    fail: 'Fail the job on lint errors, with annotations in the log (add --max-warnings 0 to fail on warnings too).',
  },
  'zh-CN': {
    intro: '每个 pull request 都检查人设、persona.config.yaml 和模板。',
    permissions: 'security-events: write 允许上传 SARIF，把问题显示在代码扫描里。',
    install: 'persona 是本仓库的开发依赖（package.json），CI 和大家用同一个版本；提交 package-lock.json 后用 npm ci。',
    sarif: '把 lint 结果输出为 SARIF，validate 失败时也照样输出；这一步可以失败，上传照常进行，最后一步再让任务失败。',
    upload: '问题会显示在 Security 标签页和 pull request 的改动上。',
    fail: '有 lint 错误时让任务失败，并在日志里标注（加 --max-warnings 0 则提醒也会让任务失败）。',
  },
};

export function workflowYaml(lang: Lang): string {
  const c = WORKFLOW_COMMENTS[lang];
  return `# ${c.intro}
name: persona

on:
  pull_request:
  push:
    branches: [main]

# ${c.permissions}
permissions:
  contents: read
  security-events: write

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # ${c.install}
      - run: if [ -f package-lock.json ]; then npm ci; else npm install; fi
      - run: npx persona validate
      # ${c.sarif}
      - id: lint
        if: always()
        run: npx persona lint --format sarif > persona-lint.sarif
        continue-on-error: true
      # ${c.upload}
      - uses: github/codeql-action/upload-sarif@v3
        if: always() && hashFiles('persona-lint.sarif') != ''
        with:
          sarif_file: persona-lint.sarif
          category: persona-lint
      # ${c.fail}
      - if: always() && steps.lint.outcome == 'failure'
        run: npx persona lint --format github
`;
}

export function gitignore(lang: Lang): string {
  const [plans, contacts, rest] =
    lang === 'zh-CN'
      ? ['# plans/ 要提交：之前各周的计划是排期规则回看的历史。', '# 联系人名单有客户的个人信息，永远不要提交。', '# 其他']
      : ['# plans/ is committed on purpose: earlier weeks are the history the planning rules look back on.', "# Contact lists hold customers' personal data: never commit them.", '# Everything else'];
  return `${plans}
${contacts}
contacts/
*.contacts.csv
*.contacts.json
*.contacts.xlsx
${rest}
node_modules/
persona-lint.sarif
.DS_Store
`;
}

/**
 * Where npm finds persona: its repository, at this version's tag. The npm registry's "persona" is another
 * project (an identity-verification SDK), so a registry range would install that instead.
 */
export const PACKAGE_SOURCE = 'github:persona-cli/persona';

/** A package.json for a repo that has none, so CI and editors (the schema line) find the same persona version. */
export function packageJson(version: string): string {
  const range = /^\d+\.\d+\.\d+$/.test(version) ? `${PACKAGE_SOURCE}#v${version}` : PACKAGE_SOURCE;
  return `${JSON.stringify(
    {
      private: true,
      type: 'module',
      scripts: {
        plan: 'persona plan --all --week next',
        validate: 'persona validate',
        lint: 'persona lint',
      },
      devDependencies: { persona: range },
    },
    null,
    2,
  )}\n`;
}
