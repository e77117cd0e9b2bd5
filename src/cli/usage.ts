/** A mistake in how the command was called: reported in one paragraph with the usage, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export const USAGE = `usage: gongkai <command> [options]

  validate <report-file> [--json] [--strict]
      Read a 部门决算 report (its PDF, or tab-separated text) and check every figure. Exit 0 when the report was read,
      1 with --strict when errors were found, 2 when the input was refused.
  init <report.pdf|report.txt> <dataset-dir>
      Create a dataset folder from a report: the report copied in, dataset.json filled from
      what the report states, changelog.json with 1.0.0. Fields only the publisher can
      supply are marked 【待发布单位填写 to be supplied by the publisher】.
  build <dataset-dir> --out <dir> [--version X]
      Write every file of one release (CSV, JSON, datapackage.json, manifest, SHA256SUMS).
  publish <dataset-dir> [--version X] [--dry-run]
      Build and upload a release immutably to S3-compatible storage (AWS_ENDPOINT_URL_S3,
      AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, GONGKAI_BUCKET).
  serve [--port N] [--host H] [--base-url URL]
      Serve published releases from S3-compatible storage on Node (port: PORT or 8787).
      Links start with --base-url, the URL clients reach (default: the server's own).
  start [--port N]
      Build the datasets in data/, load them into the local R2 store and run wrangler dev.

  -h, --help   this text`
