/**
 * The Kubernetes manifests (deploy/k8s) checked offline: every overlay is rendered with
 * `kubectl kustomize`, every object is validated against the Kubernetes OpenAPI schemas
 * (kubernetes-models), and the manifests are held to the code: the variables each config class
 * requires, the topic catalogue, the consumers' partition counts, the metric names.
 * Needs kubectl on PATH; without it these tests fail with a message, they never skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { deploymentVariablesOf, loadConfig } from '@jaring/config';
import * as contracts from '@jaring/contracts';
import { ALL_TOPICS, deadLetterTopicOf, TOPICS, type TopicSpec } from '@jaring/contracts';
import { consoleConfigFrom } from '../../apps/console/server/console-config';
import { readProvisioningSettings } from '../../libs/messaging/src/cli/provision-topics';
import { planTopics } from '../../libs/messaging/src/kafka/topic-plan';
import { knownVariables, SERVICE_CONFIGS } from './service-configs';

// ---------------------------------------------------------------------------------------------
// The facts the manifests must agree with

const ROOT = join(__dirname, '../..');
const K8S = join(ROOT, 'deploy/k8s');
const OVERLAYS = readdirSync(join(K8S, 'overlays'))
  .filter((name) => statSync(join(K8S, 'overlays', name)).isDirectory())
  .sort();
const SERVICES = Object.keys(SERVICE_CONFIGS);

/** Variables only the Kubernetes deployment sets, each with the reason compose does without it. */
const KUBERNETES_ONLY_VARIABLES: Record<string, string> = {
  KAFKA_ENSURE_TOPICS:
    'compose lets the services create their topics at boot; Kubernetes creates them with the kafka-topics Job',
  ...Object.fromEntries(
    [
      'DOCUMENT_SCAN_STORAGE',
      'DOCUMENT_SCAN_S3_ENDPOINT',
      'DOCUMENT_SCAN_S3_REGION',
      'DOCUMENT_SCAN_S3_BUCKET',
      'DOCUMENT_SCAN_S3_FORCE_PATH_STYLE',
      'DOCUMENT_SCAN_S3_ACCESS_KEY_ID',
      'DOCUMENT_SCAN_S3_SECRET_ACCESS_KEY',
    ].map((name) => [name, 'compose keeps scans in PostgreSQL; the production overlay puts them in an S3 store']),
  ),
};

/** The secrets each service reads from its externally created Secret `jaring-<service>`. */
const SECRET_VARIABLES: Record<string, string[]> = {
  enrolment: ['DATABASE_URL'],
  billing: ['DATABASE_URL'],
  claims: ['DATABASE_URL', 'BANK_WEBHOOK_SECRET'],
};

/** The scan store's keys, also from `jaring-claims`: only a claims server configured with DOCUMENT_SCAN_STORAGE=s3 reads them. */
const SCAN_STORE_SECRETS = ['DOCUMENT_SCAN_S3_ACCESS_KEY_ID', 'DOCUMENT_SCAN_S3_SECRET_ACCESS_KEY'];
const usesScanStore = (env: ResolvedEnv) => env.values.DOCUMENT_SCAN_STORAGE === 's3';

/**
 * The topics each service consumes, as drawn in the README's architecture; the code's own
 * `@OnEvent(...)` handlers are added to this (consumedTopicsInCode), so a new consumer can never
 * be forgotten by the autoscaler ceilings.
 */
/** The services that seal (enrolment) or unseal (claims) worker events' personal data: ADR 0008. */
const SEALING_SERVICES = ['enrolment', 'claims'];

const DECLARED_CONSUMED_TOPICS: Record<string, TopicSpec[]> = {
  enrolment: [TOPICS.billingCoverage, TOPICS.claimsClaim],
  billing: [TOPICS.enrolmentWorker, TOPICS.claimsClaim],
  claims: [TOPICS.enrolmentWorker, TOPICS.billingCoverage],
};

const PHASES = ['prepare', 'topics', 'migrate', 'rollout'];
const PHASE_OF_KIND: Record<string, string[]> = {
  Namespace: ['prepare'],
  ConfigMap: ['prepare'],
  NetworkPolicy: ['prepare'],
  Job: ['topics', 'migrate'],
  Deployment: ['rollout'],
  Service: ['rollout'],
  HorizontalPodAutoscaler: ['rollout'],
  PodDisruptionBudget: ['rollout'],
  ServiceMonitor: ['rollout'],
  PrometheusRule: ['rollout'],
};

const DASHBOARD_METRICS = [
  'jaring_http_request_duration_seconds',
  'jaring_events_handled_total',
  'jaring_consumer_lag_messages',
  'jaring_consumer_retries_total',
  'jaring_outbox_pending_rows',
  'jaring_outbox_oldest_pending_age_seconds',
  'jaring_outbox_published_total',
  'jaring_claims_by_state',
  'jaring_claims_sla_breaches_total',
  'jaring_claims_payouts_settled_total',
  'jaring_claims_bank_call_failures_total',
];

// ---------------------------------------------------------------------------------------------
// The shapes read here (only the fields the checks use)

type Labels = Record<string, string>;
interface Metadata {
  name: string;
  namespace?: string;
  labels?: Labels;
  annotations?: Labels;
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string };
    configMapKeyRef?: { name: string; key: string };
  };
}
interface Probe {
  httpGet?: { path: string; port: number | string };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  resources?: { requests?: Labels; limits?: Labels };
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: { preStop?: { exec?: { command: string[] }; sleep?: { seconds: number } } };
  securityContext?: {
    runAsNonRoot?: boolean;
    runAsUser?: number;
    readOnlyRootFilesystem?: boolean;
    allowPrivilegeEscalation?: boolean;
    capabilities?: { drop?: string[]; add?: string[] };
  };
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface PodTemplate {
  metadata?: { labels?: Labels; annotations?: Labels };
  spec: {
    containers: Container[];
    initContainers?: Container[];
    terminationGracePeriodSeconds?: number;
    automountServiceAccountToken?: boolean;
    securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: { type: string } };
    volumes?: {
      name: string;
      emptyDir?: object;
      secret?: { secretName: string; items?: { key: string; path: string }[] };
    }[];
  };
}
interface NetworkPolicyPeer {
  namespaceSelector?: { matchLabels?: Labels };
  podSelector?: { matchLabels?: Labels };
  ipBlock?: { cidr: string };
}
interface NetworkPolicyRule {
  from?: NetworkPolicyPeer[];
  to?: NetworkPolicyPeer[];
  ports?: { port?: number | string; protocol?: string }[];
}
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: Metadata;
  data?: Record<string, string>;
  spec?: {
    replicas?: number;
    selector?: { matchLabels?: Labels } | Labels;
    template?: PodTemplate;
    ports?: { name?: string; port: number; targetPort?: number | string }[];
    scaleTargetRef?: { apiVersion: string; kind: string; name: string };
    minReplicas?: number;
    maxReplicas?: number;
    metrics?: { type: string; resource?: { name: string } }[];
    maxUnavailable?: number | string;
    minAvailable?: number | string;
    podSelector?: { matchLabels?: Labels };
    policyTypes?: string[];
    ingress?: NetworkPolicyRule[];
    egress?: NetworkPolicyRule[];
    endpoints?: { port?: string; path?: string; honorLabels?: boolean }[];
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering and validation

function kubectl(args: string[]): string {
  const result = spawnSync('kubectl', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(
      'kubectl is not installed or not on PATH. These tests render the overlays with `kubectl kustomize` ' +
        '(kubectl 1.32 or newer, https://kubernetes.io/docs/tasks/tools/); install it: they never skip.',
    );
  }
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`kubectl ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

function parseDocuments(text: string): K8sObject[] {
  return parseAllDocuments(text).flatMap((document) => {
    if (document.errors.length > 0) throw new Error(document.errors.map((error) => error.message).join('\n'));
    const value = document.toJS() as K8sObject | null;
    return value ? [value] : [];
  });
}

const renders = new Map<string, K8sObject[]>();

/** `kubectl kustomize <dir>`, parsed; cached per directory. */
function render(directory: string): K8sObject[] {
  let objects = renders.get(directory);
  if (!objects) {
    objects = parseDocuments(kubectl(['kustomize', directory]));
    renders.set(directory, objects);
  }
  return objects;
}

const overlayObjects = (overlay: string) => render(join(K8S, 'overlays', overlay));

interface Validatable {
  validate(): void;
}
type Model = new (data: object) => Validatable;

const MODELS = join(ROOT, 'node_modules/kubernetes-models');
const models = new Map<string, Model | undefined>();

/** The kubernetes-models class for a kind (files are laid out `<group>/<version>/<Kind>.js`). */
async function modelFor(apiVersion: string, kind: string): Promise<Model | undefined> {
  const id = `${apiVersion}/${kind}`;
  if (!models.has(id)) {
    if (!existsSync(join(MODELS, 'package.json'))) {
      throw new Error(
        'kubernetes-models is not installed (devDependency, v5): run `npm ci`; validation cannot be skipped',
      );
    }
    const file = join(MODELS, ...apiVersion.split('/'), `${kind}.js`);
    // The package is ESM only; Node 24 loads it through require(esm).
    models.set(id, existsSync(file) ? ((await import(file)) as Record<string, Model>)[kind] : undefined);
  }
  return models.get(id);
}

/** Schema errors of one object, as readable lines; an unknown kind is an error too. */
async function schemaErrors(object: K8sObject): Promise<string[]> {
  const where = `${object.kind}/${object.metadata?.name}`;
  const model = await modelFor(object.apiVersion, object.kind);
  if (!model) return [`${where}: no Kubernetes schema for ${object.apiVersion} ${object.kind}`];
  try {
    new model(object).validate();
    return [];
  } catch (error) {
    return [`${where}: ${error instanceof Error ? error.message : String(error)}`];
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the rendered objects

const ofKind = (objects: K8sObject[], kind: string) => objects.filter((object) => object.kind === kind);

function find(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} named ${name} in the render`);
  return found;
}

const podTemplate = (object: K8sObject): PodTemplate => {
  if (!object.spec?.template) throw new Error(`${object.kind}/${object.metadata.name} has no pod template`);
  return object.spec.template;
};

/** Deployments and Jobs: everything that runs a pod. */
const workloads = (objects: K8sObject[]) =>
  objects.filter((object) => object.kind === 'Deployment' || object.kind === 'Job');

const matches = (selector: Labels | undefined, labels: Labels | undefined) =>
  selector !== undefined &&
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([key, value]) => labels?.[key] === value);

interface ResolvedEnv {
  /** Variables with a literal or ConfigMap value. */
  values: Record<string, string>;
  /** Variables from a Secret key (the Secret is created outside the repository). */
  secrets: Record<string, { name: string; key: string }>;
  problems: string[];
}

/** A container's environment as the kubelet would build it from the rendered ConfigMaps. */
function resolveEnv(container: Container, objects: K8sObject[]): ResolvedEnv {
  const resolved: ResolvedEnv = { values: {}, secrets: {}, problems: [] };
  const configMap = (name: string) =>
    objects.find((object) => object.kind === 'ConfigMap' && object.metadata.name === name);
  for (const source of container.envFrom ?? []) {
    if (source.secretRef) resolved.problems.push(`envFrom secretRef ${source.secretRef.name}: name the keys instead`);
    if (source.configMapRef) {
      const found = configMap(source.configMapRef.name);
      if (!found) resolved.problems.push(`ConfigMap ${source.configMapRef.name} is not in the render`);
      Object.assign(resolved.values, found?.data ?? {});
    }
  }
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) resolved.values[variable.name] = variable.value;
    const fromConfigMap = variable.valueFrom?.configMapKeyRef;
    if (fromConfigMap) {
      const value = configMap(fromConfigMap.name)?.data?.[fromConfigMap.key];
      if (value === undefined)
        resolved.problems.push(`${variable.name}: ${fromConfigMap.name}/${fromConfigMap.key} missing`);
      else resolved.values[variable.name] = value;
    }
    if (variable.valueFrom?.secretKeyRef) resolved.secrets[variable.name] = variable.valueFrom.secretKeyRef;
  }
  return resolved;
}

const variableNames = (env: ResolvedEnv) => [...Object.keys(env.values), ...Object.keys(env.secrets)].sort();

/** The service's Deployment and its migration Job, with their single container. */
function serviceWorkloads(objects: K8sObject[], service: string) {
  return [find(objects, 'Deployment', service), find(objects, 'Job', `${service}-migrate`)].map((workload) => {
    const [container] = podTemplate(workload).spec.containers;
    return { workload, container, env: resolveEnv(container, objects) };
  });
}

function topicsJob(objects: K8sObject[]) {
  const job = find(objects, 'Job', 'kafka-topics');
  const [container] = podTemplate(job).spec.containers;
  return { job, container, env: resolveEnv(container, objects) };
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Topics a service's code subscribes to: `@OnEvent(X)` / `@OnEvents(X)` with X from @jaring/contracts. */
function consumedTopicsInCode(service: string): TopicSpec[] {
  const catalogue = contracts as unknown as Record<string, { topic?: TopicSpec } | undefined>;
  return sourceFiles(join(ROOT, 'apps', service, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/@OnEvents?\(([\w\s,]+)\)/g)]
      .flatMap(([, names]) => names.split(',').map((name) => name.trim()))
      .map((name) => {
        const topic = catalogue[name]?.topic;
        if (!topic) throw new Error(`${relative(ROOT, file)}: @OnEvent(${name}) is not an event of @jaring/contracts`);
        return topic;
      }),
  );
}

const consumedTopics = (service: string) => [
  ...new Set([...DECLARED_CONSUMED_TOPICS[service], ...consumedTopicsInCode(service)]),
];

function partitionsProfile(objects: K8sObject[]): 'dev' | 'production' {
  return readProvisioningSettings(topicsJob(objects).env.values).profile;
}

interface ComposeFile {
  services: Record<string, { environment?: Record<string, unknown> }>;
}
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;

// ---------------------------------------------------------------------------------------------

describe('Kubernetes manifests (deploy/k8s)', () => {
  beforeAll(() => {
    kubectl(['version', '--client']); // fails every test below with a clear message when kubectl is missing
  });

  it('has a dev and a production overlay', () => {
    expect(OVERLAYS).toEqual(expect.arrayContaining(['dev', 'production']));
  });

  it('rejects a deliberately broken manifest (the validator is really checking)', async () => {
    const good = podTemplate(find(overlayObjects('production'), 'Deployment', 'billing'));
    const valid: K8sObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'broken' },
      spec: { selector: { matchLabels: { app: 'broken' } }, template: good },
    };
    expect(await schemaErrors(valid)).toEqual([]);

    const broken = structuredClone(valid) as unknown as {
      spec: { replicas: unknown; template: { spec: { containers: Record<string, unknown>[] } } };
    };
    broken.spec.replicas = 'two';
    delete broken.spec.template.spec.containers[0].name;
    broken.spec.template.spec.containers[0].ports = [{ containerPort: 'http' }];
    const errors = await schemaErrors(broken as unknown as K8sObject);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/replicas/);
    expect(errors[0]).toMatch(/name/);
    expect(errors[0]).toMatch(/containerPort/);

    expect(await schemaErrors({ apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'typo' } })).toEqual([
      'Deploymnet/typo: no Kubernetes schema for apps/v1 Deploymnet',
    ]);
  });

  describe.each(OVERLAYS)('overlay %s', (overlay) => {
    const objects = () => overlayObjects(overlay);

    it('renders with kubectl kustomize into one namespace', () => {
      const [namespace] = ofKind(objects(), 'Namespace');
      expect(namespace?.metadata.name).toBeTruthy();
      expect(namespace.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
      const elsewhere = objects()
        .filter((object) => object.kind !== 'Namespace' && object.metadata.namespace !== namespace.metadata.name)
        .map((object) => `${object.kind}/${object.metadata.name}`);
      expect(elsewhere).toEqual([]);
    });

    it('validates every object against the Kubernetes schemas (kubernetes-models)', async () => {
      const errors = (await Promise.all(objects().map(schemaErrors))).flat();
      expect(errors).toEqual([]);
    });

    it('labels every object with its deploy phase, in the order deploy.sh applies them', () => {
      const wrong = objects()
        .filter(
          (object) => !PHASE_OF_KIND[object.kind]?.includes(object.metadata.labels?.['jaring.io/deploy-phase'] ?? ''),
        )
        .map(
          (object) => `${object.kind}/${object.metadata.name}: ${object.metadata.labels?.['jaring.io/deploy-phase']}`,
        );
      expect(wrong).toEqual([]);
      expect(find(objects(), 'Job', 'kafka-topics').metadata.labels?.['jaring.io/deploy-phase']).toBe('topics');
      for (const service of SERVICES) {
        expect(find(objects(), 'Job', `${service}-migrate`).metadata.labels?.['jaring.io/deploy-phase']).toBe(
          'migrate',
        );
      }
    });

    it('commits no secret: no Secret objects, no secret variable in a ConfigMap', () => {
      expect(ofKind(objects(), 'Secret')).toEqual([]);
      const leaked = ofKind(objects(), 'ConfigMap').flatMap((configMap) =>
        Object.keys(configMap.data ?? {})
          .filter((key) => [...Object.values(SECRET_VARIABLES).flat(), ...SCAN_STORE_SECRETS].includes(key))
          .map((key) => `${configMap.metadata.name}: ${key}`),
      );
      expect(leaked).toEqual([]);
    });

    describe.each(SERVICES)('%s', (service) => {
      const configClass = SERVICE_CONFIGS[service];

      it('sets every deployment variable in the Deployment and the migration Job', () => {
        for (const { workload, env } of serviceWorkloads(objects(), service)) {
          const where = `${workload.kind}/${workload.metadata.name}`;
          expect({ where, problems: env.problems }).toEqual({ where, problems: [] });
          const missing = deploymentVariablesOf(configClass).filter((name) => !variableNames(env).includes(name));
          expect({ where, missing }).toEqual({ where, missing: [] });
        }
      });

      it('takes its secrets (DATABASE_URL; claims: BANK_WEBHOOK_SECRET, the scan store keys) from the external Secret jaring-<service>', () => {
        const [server, migration] = serviceWorkloads(objects(), service);
        for (const { env } of [server, migration]) {
          const keys = [...SECRET_VARIABLES[service], ...(usesScanStore(env) ? SCAN_STORE_SECRETS : [])];
          expect(env.secrets).toEqual(Object.fromEntries(keys.map((key) => [key, { name: `jaring-${service}`, key }])));
        }
        // The migration Job never holds the store's keys: it keeps the default storage.
        expect(usesScanStore(migration.env)).toBe(false);
      });

      it('mounts the event sealing keys (Secret jaring-event-sealing) into the enrolment and claims servers only', () => {
        const [server, migration] = serviceWorkloads(objects(), service);
        const sealingVolumes = ({ workload }: { workload: K8sObject }) =>
          (podTemplate(workload).spec.volumes ?? []).filter(
            (volume) => volume.secret?.secretName === 'jaring-event-sealing',
          );
        expect(sealingVolumes(migration)).toEqual([]);
        if (!SEALING_SERVICES.includes(service)) {
          expect(sealingVolumes(server)).toEqual([]);
          return;
        }
        const [volume] = sealingVolumes(server);
        const mount = (server.container.volumeMounts ?? []).find((candidate) => candidate.name === volume?.name);
        expect(mount).toMatchObject({ readOnly: true });
        expect(`${mount?.mountPath}/${volume.secret?.items?.[0].path}`).toBe(server.env.values.EVENT_SEALING_KEYS_FILE);
      });

      it('configures a valid production service (the config class accepts it)', () => {
        for (const { workload, env } of serviceWorkloads(objects(), service)) {
          const secrets = {
            DATABASE_URL: `postgres://jaring_${service}:secret@jaring-${service}-db-rw.postgres.svc:5432/jaring_${service}`,
            ...(service === 'claims' ? { BANK_WEBHOOK_SECRET: 'the-banks-notification-secret-0123456789' } : {}),
            ...(usesScanStore(env)
              ? { DOCUMENT_SCAN_S3_ACCESS_KEY_ID: 'scans-user', DOCUMENT_SCAN_S3_SECRET_ACCESS_KEY: 'scans-secret' }
              : {}),
          };
          const config = loadConfig(configClass, { ...env.values, ...secrets });
          expect({ workload: workload.kind, NODE_ENV: config.NODE_ENV }).toEqual({
            workload: workload.kind,
            NODE_ENV: 'production',
          });
          expect(config.KAFKA_ENSURE_TOPICS).toBe(false);
          expect(config.KAFKA_TOPIC_PREFIX).toBe('');
          expect(config.KAFKA_GROUP_ID).toBe(new configClass().KAFKA_GROUP_ID);
        }
      });

      it('names the same variables as docker-compose.yml, and only variables the service knows', () => {
        const composeNames = Object.keys(compose.services[service]?.environment ?? {}).sort();
        const known = knownVariables(configClass);
        for (const { workload, env } of serviceWorkloads(objects(), service)) {
          const names = variableNames(env);
          expect({ workload: workload.kind, unknown: names.filter((name) => !known.includes(name)) }).toEqual({
            workload: workload.kind,
            unknown: [],
          });
          const kubernetesNames = names.filter((name) => !(name in KUBERNETES_ONLY_VARIABLES));
          expect({ workload: workload.kind, names: kubernetesNames }).toEqual({
            workload: workload.kind,
            names: composeNames,
          });
        }
      });

      it('runs the service image: no args for the server, --migrate-only for the Job, one tag', () => {
        const [server, migration] = serviceWorkloads(objects(), service);
        expect(server.container.image).toMatch(new RegExp(`^jaring/${service}:[\\w.-]+$`));
        expect(server.container.command).toBeUndefined();
        expect(server.container.args).toBeUndefined();
        expect(migration.container.image).toBe(server.container.image);
        expect(migration.container.command).toBeUndefined();
        expect(migration.container.args).toEqual(['--migrate-only']);
        expect(server.container.image).not.toMatch(/:latest$/);
      });

      it('probes /health/ready and /health/live on the service port, with a startup probe', () => {
        const [{ workload, container, env }] = serviceWorkloads(objects(), service);
        const port = Number(env.values.PORT);
        const metricsPort = Number(env.values.METRICS_PORT);
        expect(container.ports).toEqual([
          expect.objectContaining({ name: 'http', containerPort: port }),
          expect.objectContaining({ name: 'metrics', containerPort: metricsPort }),
        ]);
        const target = (probe?: Probe) => {
          const portRef = probe?.httpGet?.port;
          return { path: probe?.httpGet?.path, port: portRef === 'http' ? port : portRef };
        };
        expect(target(container.readinessProbe)).toEqual({ path: '/health/ready', port });
        expect(target(container.livenessProbe)).toEqual({ path: '/health/live', port });
        expect(target(container.startupProbe)).toEqual({ path: '/health/live', port });
        const template = podTemplate(workload);
        expect(template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(60);
        const preStop = container.lifecycle?.preStop;
        expect(preStop?.exec?.command?.[0] === 'sleep' || preStop?.sleep !== undefined).toBe(true);
        expect(template.metadata?.annotations).toEqual(
          expect.objectContaining({
            'prometheus.io/scrape': 'true',
            'prometheus.io/port': String(metricsPort),
            'prometheus.io/path': '/metrics',
          }),
        );
      });

      it('is reached through a Service on its port that selects only the server pods', () => {
        const deployment = find(objects(), 'Deployment', service);
        const service_ = find(objects(), 'Service', service);
        const selector = service_.spec?.selector as Labels;
        expect(matches(selector, podTemplate(deployment).metadata?.labels)).toBe(true);
        expect(matches(selector, podTemplate(find(objects(), 'Job', `${service}-migrate`)).metadata?.labels)).toBe(
          false,
        );
        const { values } = serviceWorkloads(objects(), service)[0].env;
        expect(service_.spec?.ports).toEqual([
          expect.objectContaining({ name: 'http', port: Number(values.PORT), targetPort: 'http' }),
          expect.objectContaining({ name: 'metrics', port: Number(values.METRICS_PORT), targetPort: 'metrics' }),
        ]);
      });

      it('scales on CPU within the partitions of every topic it consumes; the autoscaler owns replicas', () => {
        const deployment = find(objects(), 'Deployment', service);
        const hpa = find(objects(), 'HorizontalPodAutoscaler', service);
        expect(hpa.apiVersion).toBe('autoscaling/v2');
        expect(hpa.spec?.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: service });
        expect(hpa.spec?.metrics).toEqual([
          expect.objectContaining({ type: 'Resource', resource: expect.objectContaining({ name: 'cpu' }) }),
        ]);
        expect(deployment.spec?.replicas).toBeUndefined();

        const profile = partitionsProfile(objects());
        const ceilings = consumedTopics(service).map((topic) => ({
          topic: topic.name,
          partitions: topic.partitions[profile],
        }));
        expect(ceilings.length).toBeGreaterThan(0);
        const maxReplicas = hpa.spec?.maxReplicas ?? Infinity;
        expect({ maxReplicas, over: ceilings.filter((ceiling) => maxReplicas > ceiling.partitions) }).toEqual({
          maxReplicas,
          over: [],
        });
        expect(hpa.spec?.minReplicas).toBeLessThanOrEqual(maxReplicas);
        if (profile === 'production') expect(hpa.spec?.minReplicas).toBeGreaterThanOrEqual(2);
      });

      it('has a PodDisruptionBudget over the server pods', () => {
        const pdb = find(objects(), 'PodDisruptionBudget', service);
        const selector = (pdb.spec?.selector as { matchLabels?: Labels }).matchLabels;
        expect(matches(selector, podTemplate(find(objects(), 'Deployment', service)).metadata?.labels)).toBe(true);
        expect(pdb.spec?.maxUnavailable ?? pdb.spec?.minAvailable).toBeDefined();
      });

      it('allows ingress only on its API port from the gateway and the console and its metrics port from Prometheus, egress only to DNS, Kafka, PostgreSQL (and the bank gateway and any scan store for claims)', () => {
        const serverEnv = serviceWorkloads(objects(), service)[0].env;
        const { values } = serverEnv;
        const portFor: Record<string, number> = {
          'jaring.io/ingress': Number(values.PORT),
          'jaring.io/monitoring': Number(values.METRICS_PORT),
        };
        const policy = find(objects(), 'NetworkPolicy', service);
        for (const { workload } of serviceWorkloads(objects(), service)) {
          expect(matches(policy.spec?.podSelector?.matchLabels, podTemplate(workload).metadata?.labels)).toBe(true);
        }
        expect(policy.spec?.policyTypes).toEqual(['Ingress', 'Egress']);
        const ingress = policy.spec?.ingress ?? [];
        // The console's proxy, the one peer inside the namespace: its pods by label, on the API port only.
        const fromConsole = ingress.filter((rule) => rule.from?.some((peer) => peer.podSelector !== undefined));
        expect(fromConsole).toEqual([
          {
            from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'console' } } }],
            ports: [{ port: Number(values.PORT), protocol: 'TCP' }],
          },
        ]);
        const fromNamespaces = ingress.filter((rule) => !fromConsole.includes(rule));
        expect(fromNamespaces).toHaveLength(2);
        for (const rule of fromNamespaces) {
          const [label] = Object.keys(rule.from?.[0]?.namespaceSelector?.matchLabels ?? {});
          expect({ label, ports: rule.ports }).toEqual({ label, ports: [{ port: portFor[label], protocol: 'TCP' }] });
          expect(rule.from?.length).toBeGreaterThan(0);
          for (const peer of rule.from ?? [])
            expect(Object.keys(peer.namespaceSelector?.matchLabels ?? {})).not.toEqual([]);
        }
        const egressPorts = (policy.spec?.egress ?? []).map((rule) => {
          expect(rule.to?.length).toBeGreaterThan(0);
          for (const peer of rule.to ?? []) expect(peer.ipBlock?.cidr).not.toBe('0.0.0.0/0');
          return (rule.ports ?? []).map((entry) => entry.port).sort();
        });
        expect(egressPorts).toEqual([
          [53, 53],
          [9092],
          [5432],
          ...(service === 'claims' ? [[8080]] : []),
          ...(usesScanStore(serverEnv) ? [[443]] : []),
        ]);
      });

      it('exports its metrics on their own port, the one the scrape annotations name, never the API port', () => {
        const { env, workload } = serviceWorkloads(objects(), service)[0];
        expect(podTemplate(workload).metadata?.annotations?.['prometheus.io/port']).toBe(env.values.METRICS_PORT);
        expect(env.values.METRICS_PORT).not.toBe(env.values.PORT);
      });
    });

    describe('officer console', () => {
      const consoleContainer = () => podTemplate(find(objects(), 'Deployment', 'console')).spec.containers[0];

      it('runs the console image of the release, configured with a valid configuration', () => {
        const container = consoleContainer();
        expect(container.image).toMatch(/^jaring\/console:[\w.-]+$/);
        expect(container.image.split(':')[1]).toBe(
          find(objects(), 'Deployment', 'claims').spec?.template?.spec.containers[0].image.split(':')[1],
        );
        const env = resolveEnv(container, objects());
        expect(env.problems).toEqual([]);
        expect(env.secrets).toEqual({});
        const config = consoleConfigFrom(env.values);
        // The proxy reaches each service through its Service, on the port that Service publishes.
        for (const service of SERVICES) {
          const url = new URL(config[`${service.toUpperCase()}_URL` as 'CLAIMS_URL']);
          const published = find(objects(), 'Service', service).spec?.ports?.find((port) => port.name === 'http');
          expect({ service, host: url.hostname, port: Number(url.port) }).toEqual({
            service,
            host: service,
            port: published?.port,
          });
        }
        expect(config.OIDC_ISSUER).toBe(serviceWorkloads(objects(), 'claims')[0].env.values.OIDC_ISSUER);
      });

      it('probes /health on its port and is reached through a Service, a budget and an autoscaler', () => {
        const container = consoleContainer();
        expect(container.ports).toEqual([expect.objectContaining({ name: 'http', containerPort: 3000 })]);
        for (const probe of [container.readinessProbe, container.livenessProbe, container.startupProbe]) {
          expect(probe?.httpGet?.path).toMatch(/^\/health\/(live|ready)$/);
          expect(probe?.httpGet?.port).toBe('http');
        }
        const deployment = find(objects(), 'Deployment', 'console');
        const labels = podTemplate(deployment).metadata?.labels;
        expect(matches(find(objects(), 'Service', 'console').spec?.selector as Labels, labels)).toBe(true);
        const pdb = find(objects(), 'PodDisruptionBudget', 'console');
        expect(matches((pdb.spec?.selector as { matchLabels?: Labels }).matchLabels, labels)).toBe(true);
        expect(find(objects(), 'HorizontalPodAutoscaler', 'console').spec?.scaleTargetRef?.name).toBe('console');
        expect(deployment.spec?.replicas).toBeUndefined();
      });

      it('accepts only the gateway and reaches only DNS and the three services on their API ports', () => {
        const policy = find(objects(), 'NetworkPolicy', 'console');
        expect(policy.spec?.ingress).toEqual([
          {
            from: [{ namespaceSelector: { matchLabels: { 'jaring.io/ingress': 'true' } } }],
            ports: [{ port: 3000, protocol: 'TCP' }],
          },
        ]);
        const [dns, ...services] = policy.spec?.egress ?? [];
        expect((dns.ports ?? []).map((entry) => entry.port)).toEqual([53, 53]);
        expect(
          services.map((rule) => [
            rule.to?.[0]?.podSelector?.matchLabels?.['app.kubernetes.io/name'],
            rule.ports?.[0]?.port,
          ]),
        ).toEqual(
          SERVICES.map((service) => [service, Number(serviceWorkloads(objects(), service)[0].env.values.PORT)]),
        );
      });
    });

    it('runs every pod as a non-root user with a read-only root filesystem and no privileges', () => {
      const problems = workloads(objects()).flatMap((workload) => {
        const where = `${workload.kind}/${workload.metadata.name}`;
        const { spec } = podTemplate(workload);
        const found: string[] = [];
        if (spec.securityContext?.runAsNonRoot !== true) found.push(`${where}: runAsNonRoot`);
        if (spec.securityContext?.runAsUser !== 1000) found.push(`${where}: runAsUser 1000 (node)`);
        if (spec.securityContext?.seccompProfile?.type !== 'RuntimeDefault') found.push(`${where}: seccomp`);
        if (spec.automountServiceAccountToken !== false) found.push(`${where}: service account token mounted`);
        const tmp = spec.volumes?.find((volume) => volume.emptyDir !== undefined);
        for (const container of [...spec.containers, ...(spec.initContainers ?? [])]) {
          const context = container.securityContext;
          if (context?.readOnlyRootFilesystem !== true)
            found.push(`${where}/${container.name}: readOnlyRootFilesystem`);
          if (context?.allowPrivilegeEscalation !== false)
            found.push(`${where}/${container.name}: privilege escalation`);
          if (!context?.capabilities?.drop?.includes('ALL') || context.capabilities.add?.length)
            found.push(`${where}/${container.name}: capabilities`);
          if (!container.volumeMounts?.some((mount) => mount.mountPath === '/tmp' && mount.name === tmp?.name))
            found.push(`${where}/${container.name}: emptyDir at /tmp`);
          const { requests, limits } = container.resources ?? {};
          if (!requests?.cpu || !requests.memory || !limits?.memory)
            found.push(`${where}/${container.name}: resources`);
        }
        return found;
      });
      expect(problems).toEqual([]);
    });

    it('denies all traffic by default and covers every pod with a policy', () => {
      const policies = ofKind(objects(), 'NetworkPolicy');
      const deny = policies.find((policy) => Object.keys(policy.spec?.podSelector?.matchLabels ?? {}).length === 0);
      expect(deny?.spec?.policyTypes).toEqual(['Ingress', 'Egress']);
      expect(deny?.spec?.ingress ?? []).toEqual([]);
      expect(deny?.spec?.egress ?? []).toEqual([]);
      const uncovered = workloads(objects())
        .filter(
          (workload) =>
            !policies.some(
              (policy) =>
                policy !== deny &&
                matches(policy.spec?.podSelector?.matchLabels, podTemplate(workload).metadata?.labels),
            ),
        )
        .map((workload) => workload.metadata.name);
      expect(uncovered).toEqual([]);
    });

    it('provisions every topic of the catalogue and its dead-letter topic with a Job', () => {
      const { job, container, env } = topicsJob(objects());
      expect(env.problems).toEqual([]);
      expect(container.command?.at(-1)).toBe('dist/libs/messaging/src/cli/provision-topics.js');
      expect(container.command?.[0]).toBe('node');
      expect(existsSync(join(ROOT, 'libs/messaging/src/cli/provision-topics.ts'))).toBe(true);
      expect(container.image).toBe(find(objects(), 'Deployment', 'enrolment').spec?.template?.spec.containers[0].image);
      expect(job.metadata.labels?.['jaring.io/deploy-phase']).toBe('topics');

      const settings = readProvisioningSettings(env.values);
      const plan = planTopics(settings);
      const expected = ALL_TOPICS.flatMap((topic) => [
        { name: topic.name, partitions: topic.partitions[settings.profile] },
        { name: deadLetterTopicOf(topic.name), partitions: 1 },
      ]);
      expect(plan.map(({ name, partitions }) => ({ name, partitions }))).toEqual(expected);
      const retention = Object.fromEntries(plan.map((topic) => [topic.name, topic.configEntries['retention.ms']]));
      for (const topic of ALL_TOPICS) expect(retention[topic.name]).toBe(String(topic.retentionDays * 86_400_000));
      expect(settings.topicPrefix).toBe('');
      // The profile and replication the overlay is named for.
      if (overlay === 'production') expect(settings).toMatchObject({ profile: 'production', replicationFactor: 3 });
      if (overlay === 'dev') expect(settings).toMatchObject({ profile: 'dev', replicationFactor: 1 });
    });

    it('runs one release: every Jaring container uses the same image tag', () => {
      const tags = new Set(
        workloads(objects()).flatMap((workload) =>
          podTemplate(workload).spec.containers.map((container) => container.image.split(':')[1]),
        ),
      );
      expect(tags.size).toBe(1);
      expect([...tags][0]).toMatch(/^[\w.-]+$/);
    });
  });

  describe('ServiceMonitor component (Prometheus Operator, opt-in)', () => {
    let objects: K8sObject[];

    beforeAll(() => {
      // The production overlay with the component added, as docs/operations.md tells an operator to.
      const directory = mkdtempSync(join(tmpdir(), 'jaring-k8s-'));
      try {
        const path = (target: string) => relative(directory, join(K8S, target));
        const [namespace] = ofKind(overlayObjects('production'), 'Namespace');
        writeFileSync(
          join(directory, 'kustomization.yaml'),
          `namespace: ${namespace.metadata.name}\n` +
            `resources:\n  - ${path('overlays/production')}\ncomponents:\n  - ${path('components/service-monitor')}\n`,
        );
        objects = parseDocuments(kubectl(['kustomize', directory]));
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    });

    it('selects the three Services by their metrics port and /metrics, keeping the outbox service label', async () => {
      const [monitor] = ofKind(objects, 'ServiceMonitor');
      expect(monitor.apiVersion).toBe('monitoring.coreos.com/v1');
      expect(monitor.metadata.namespace).toBe('jaring');
      const selector = (monitor.spec?.selector as { matchLabels?: Labels }).matchLabels;
      const selected = ofKind(objects, 'Service')
        .filter((service) => matches(selector, service.metadata.labels))
        .map((service) => service.metadata.name)
        .sort();
      expect(selected).toEqual([...SERVICES].sort());
      for (const name of selected) {
        expect(find(objects, 'Service', name).spec?.ports?.map((port) => port.name)).toContain('metrics');
      }
      expect(monitor.spec?.endpoints).toEqual([
        expect.objectContaining({ port: 'metrics', path: '/metrics', honorLabels: true }),
      ]);
      // Everything else is still plain Kubernetes and valid.
      const operatorKinds = ['ServiceMonitor', 'PrometheusRule'];
      const plain = objects.filter((object) => !operatorKinds.includes(object.kind));
      const errors = (await Promise.all(plain.map(schemaErrors))).flat();
      expect(errors).toEqual([]);
    });

    it('alerts 90 days before the holiday data runs out', () => {
      const [rule] = ofKind(objects, 'PrometheusRule');
      expect(rule.metadata.namespace).toBe('jaring');
      const groups = (rule.spec as { groups: { rules: { alert: string; expr: string }[] }[] }).groups;
      expect(groups.flatMap((group) => group.rules)).toContainEqual(
        expect.objectContaining({
          alert: 'JaringHolidayDataRunningOut',
          expr: 'min by (calendar) (jaring_holiday_data_days_remaining) <= 90',
        }),
      );
    });
  });

  describe('deploy/k8s/deploy.sh', () => {
    const script = readFileSync(join(K8S, 'deploy.sh'), 'utf8');

    it('is valid bash', () => {
      const result = spawnSync('bash', ['-n', join(K8S, 'deploy.sh')], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });

    it('applies the phases in order and waits for the Jobs before the rollout', () => {
      const at = (pattern: string) => script.indexOf(pattern);
      const order = [
        'phase prepare',
        'secret "jaring-$service"',
        'phase topics',
        'wait_for_jobs topics',
        'phase migrate',
        'wait_for_jobs migrate',
        // readers of enrolment's events first (ADR 0008), then the whole phase
        'deploy-phase=rollout,app.kubernetes.io/name=$reader',
        'rollout status "deployment/$reader"',
        'phase rollout',
        'rollout status "deployment/$service"',
      ].map(at);
      expect(order.every((position) => position >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      for (const phase of PHASES) expect(script).toContain(`phase ${phase}`);
    });
  });

  describe('Grafana dashboard (deploy/grafana)', () => {
    interface Panel {
      title: string;
      type: string;
      targets?: { expr: string }[];
      panels?: Panel[];
    }
    const dashboard = JSON.parse(readFileSync(join(ROOT, 'deploy/grafana/jaring-overview.json'), 'utf8')) as {
      uid: string;
      panels: Panel[];
    };
    const panels = dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]);
    const expressions = panels.flatMap((panel) =>
      (panel.targets ?? []).map((target) => ({ panel, expr: target.expr })),
    );

    /** Metric names registered in the code: `name: 'jaring_...'` in libs and apps. */
    const definedMetrics = new Set(
      ['libs', 'apps'].flatMap((top) =>
        readdirSync(join(ROOT, top)).flatMap((module) => {
          const src = join(ROOT, top, module, 'src');
          return existsSync(src)
            ? sourceFiles(src).flatMap((file) =>
                [...readFileSync(file, 'utf8').matchAll(/name:\s*'(jaring_\w+)'/g)].map(([, name]) => name),
              )
            : [];
        }),
      ),
    );

    it('charts every Jaring metric it is meant to', () => {
      const missing = DASHBOARD_METRICS.filter((metric) => !expressions.some(({ expr }) => expr.includes(metric)));
      expect(missing).toEqual([]);
    });

    it('uses only metrics the services register', () => {
      const referenced = new Set(
        expressions.flatMap(({ expr }) =>
          [...expr.matchAll(/\b(jaring_\w+?)(?:_bucket|_count|_sum)?\b/g)].map(([, name]) => name),
        ),
      );
      expect([...referenced].filter((name) => !definedMetrics.has(name))).toEqual([]);
    });

    it('renders as a ConfigMap for the Grafana sidecar', async () => {
      const objects = render(join(ROOT, 'deploy/grafana'));
      expect(objects.map((object) => object.kind)).toEqual(['ConfigMap']);
      expect(objects[0].metadata.labels?.grafana_dashboard).toBe('1');
      expect(await schemaErrors(objects[0])).toEqual([]);
    });
  });
});
