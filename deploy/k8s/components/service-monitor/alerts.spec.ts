import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const HERE = __dirname;
const ROOT = join(HERE, '..', '..', '..', '..');

interface PrometheusRule {
  kind: string;
  spec: { groups: { name: string; rules: { alert: string; expr: string }[] }[] };
}

const rule = parse(readFileSync(join(HERE, 'prometheus-rule.yaml'), 'utf8')) as PrometheusRule;

/** Runs promtool in a folder holding the rule groups (a PrometheusRule's spec) and the unit tests. */
function promtool(...args: string[]): { status: number | null; output: string } {
  const folder = mkdtempSync(join(tmpdir(), 'jaring-alerts-'));
  try {
    writeFileSync(join(folder, 'prometheus-rule.rules.yaml'), stringify(rule.spec));
    writeFileSync(join(folder, 'prometheus-rule.test.yaml'), readFileSync(join(HERE, 'prometheus-rule.test.yaml')));
    const result = spawnSync('promtool', args, { cwd: folder, encoding: 'utf8' });
    if (result.error) {
      throw new Error(
        'promtool is not installed: `apt-get install -y prometheus` provides it (.ci/run installs it when missing)',
      );
    }
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('alert rules (deploy/k8s/components/service-monitor/prometheus-rule.yaml)', () => {
  it('is a PrometheusRule whose groups promtool accepts', () => {
    expect(rule.kind).toBe('PrometheusRule');
    const check = promtool('check', 'rules', 'prometheus-rule.rules.yaml');
    expect(check.output).toContain('SUCCESS');
    expect(check.status).toBe(0);
  });

  it('fires exactly as its unit tests expect (promtool test rules)', () => {
    const test = promtool('test', 'rules', 'prometheus-rule.test.yaml');
    expect(test.output).toContain('SUCCESS');
    expect(test.status).toBe(0);
  });

  it('has a unit test for every alert', () => {
    const tested = readFileSync(join(HERE, 'prometheus-rule.test.yaml'), 'utf8');
    for (const { alert } of rule.spec.groups.flatMap((group) => group.rules)) {
      expect(tested).toContain(`alertname: ${alert}\n`);
    }
  });

  it('uses only metrics the services export', () => {
    const used = new Set(
      rule.spec.groups.flatMap((group) => group.rules.flatMap((r) => r.expr.match(/jaring_\w+/g) ?? [])),
    );
    const defined = execFileSync('git', ['grep', '-h', '-o', "name: 'jaring_[a-z_]*'", '--', 'apps', 'libs'], {
      cwd: ROOT,
    })
      .toString()
      .match(/jaring_\w+/g);
    expect([...used].filter((metric) => !defined?.includes(metric))).toEqual([]);
  });
});
