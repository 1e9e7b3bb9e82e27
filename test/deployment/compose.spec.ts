import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandExists, ensureDockerCompose, projectPaths } from '@htx/dev-infra';

type Service = {
  image?: string;
  command?: string[];
  build?: { dockerfile: string };
  environment?: Record<string, string>;
  ports?: { target: number; published: string }[];
  deploy?: { replicas?: number; resources?: { limits?: { memory?: string | number } } };
  depends_on?: Record<string, { condition: string }>;
};

const root = projectPaths().root;
const composeFile = join(root, 'docker', 'compose.yaml');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** `docker compose config` (no engine needed), with the Compose plugin the project provisions. */
async function composeConfig(envFile?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const dockerConfig = await ensureDockerCompose();
  const args = [
    'compose',
    '-f',
    composeFile,
    ...(envFile ? ['--env-file', envFile] : []),
    'config',
    '--format',
    'json',
  ];
  const [command, commandArgs] = commandExists('docker')
    ? ['docker', args]
    : [join(dockerConfig, 'cli-plugins', 'docker-compose'), args.slice(1)];
  const result = spawnSync(command, commandArgs, {
    env: { PATH: process.env.PATH, DOCKER_CONFIG: dockerConfig },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function dockerfileCommand(name: string): string {
  const dockerfile = readFileSync(join(root, 'docker', name), 'utf8');
  const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
  if (!cmd) throw new Error(`${name} has no exec-form CMD`);
  return (JSON.parse(cmd[1]) as string[]).join(' ');
}

describe('docker/compose.yaml', () => {
  let services: Record<string, Service>;

  beforeAll(async () => {
    const result = await composeConfig(join(root, 'docker', '.env.example'));
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    services = (JSON.parse(result.stdout) as { services: Record<string, Service> }).services;
  });

  it('refuses to render without the passwords, saying which variable to set', async () => {
    const result = await composeConfig();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/set (APP|TEMPORAL)_DB_PASSWORD in docker\/\.env/);
  });

  it('runs a Temporal server on its own PostgreSQL, with its UI, schema set up before it starts', () => {
    expect(services.temporal.image).toBe('temporalio/server:1.29.1');
    expect(services.temporal.environment).toMatchObject({ DB: 'postgres12', POSTGRES_SEEDS: 'temporal-db' });
    expect(services.temporal.depends_on?.['temporal-schema']).toEqual(
      expect.objectContaining({ condition: 'service_completed_successfully' }),
    );
    expect(services['temporal-db'].image).toBe('postgres:15');
    expect(services['temporal-ui'].environment).toMatchObject({ TEMPORAL_ADDRESS: 'temporal:7233' });
  });

  it('runs the api and several workers against the cluster and the application database, after migrations', () => {
    for (const name of ['api', 'worker']) {
      expect(services[name].environment).toMatchObject({
        TEMPORAL_ADDRESS: 'temporal:7233',
        DATABASE_URL: expect.stringMatching(/@app-db:5432\/htx$/) as unknown,
      });
      expect(services[name].depends_on?.migrate).toEqual(
        expect.objectContaining({ condition: 'service_completed_successfully' }),
      );
    }
    expect(services.worker.deploy?.replicas).toBeGreaterThanOrEqual(2);
    // Room for the worker cache's default (1,000 workflows, about 1 GB measured by bench B10).
    expect(Number(services.worker.deploy?.resources?.limits?.memory)).toBe(1536 * 2 ** 20);
    expect(services.worker.ports ?? []).toEqual([]);
    expect(services.api.ports?.map((port) => port.target)).toEqual([3000]);
  });

  it('builds images whose commands are the package scripts', () => {
    expect(dockerfileCommand('api.Dockerfile')).toBe(scripts['start:api']);
    expect(dockerfileCommand('worker.Dockerfile')).toBe(scripts['start:worker']);
    expect(services.migrate.command?.join(' ')).toBe(scripts.migrate);
    expect(services.api.image).toBe(services.migrate.image);
  });

  it('builds in two stages, runs as a non-root user, and gives the worker the prebuilt bundle', () => {
    for (const name of ['api.Dockerfile', 'worker.Dockerfile']) {
      const dockerfile = readFileSync(join(root, 'docker', name), 'utf8');
      expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
      expect(dockerfile).toMatch(/^USER node$/m);
      expect(dockerfile).toMatch(/RUN npm run build/);
    }
    const worker = readFileSync(join(root, 'docker', 'worker.Dockerfile'), 'utf8');
    expect(worker).toContain('WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js');
    expect(scripts.build).toContain('dist/workflow-bundle.js');
  });
});
