import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_KEYS, loadConfig } from '../../src/config.js';

// Docker cannot run here: check the deployment files against the gateway's configuration contract.
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

type Environment = Record<string, string | undefined>;
interface Service {
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | number | { target: number; published?: string | number })[];
  profiles?: string[];
  command?: string[];
}
const { services } = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };

/** Compose allows `KEY: value` maps and `KEY=value` lists; a bare key passes the host's value. */
function environmentOf(service: Service): Environment {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, undefined] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value == null ? undefined : String(value)]));
}

describe('docker-compose.yml', () => {
  const gatewayEnvironment = environmentOf(services.gateway);

  it('runs exactly the gateway and PostgreSQL, and each subgraph with a second gateway in the split profile', () => {
    const byDefault = Object.entries(services).filter(([, s]) => !s.profiles).map(([name]) => name);
    expect(byDefault.sort()).toEqual(['gateway', 'postgres']);
    const split = Object.entries(services).filter(([, s]) => s.profiles?.includes('split')).map(([name]) => name);
    expect(split.sort()).toEqual(['directory', 'gateway-split', 'pilots', 'reports', 'requests']);
  });

  it('starts each split subgraph by its name and points the split gateway at all four', () => {
    for (const name of ['directory', 'reports', 'requests', 'pilots']) {
      expect(services[name]!.command?.slice(-2)).toEqual(['dist/src/subgraph-main.js', name]);
      for (const key of Object.keys(environmentOf(services[name]!))) expect(CONFIG_KEYS).toContain(key);
    }
    const environment = environmentOf(services['gateway-split']!);
    for (const key of Object.keys(environment)) expect(CONFIG_KEYS).toContain(key);
    const urls = loadConfig(environment).SUBGRAPH_URLS ?? {};
    expect(Object.fromEntries(Object.entries(urls).map(([name, url]) => [name, url.href]))).toEqual({
      directory: 'http://directory:4000/',
      reports: 'http://reports:4000/',
      requests: 'http://requests:4000/',
      pilots: 'http://pilots:4000/',
    });
  });

  it('gives the gateway only settings that the configuration knows', () => {
    for (const key of Object.keys(gatewayEnvironment)) expect(CONFIG_KEYS).toContain(key);
  });

  it('points the gateway at the postgres service with its credentials', () => {
    const config = loadConfig(gatewayEnvironment);
    expect(config.PORT).toBe(4000);
    const postgres = environmentOf(services.postgres);
    const url = new URL(config.DATABASE_URL ?? '');
    expect(url.hostname).toBe('postgres');
    expect(decodeURIComponent(url.username)).toBe(postgres.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(postgres.POSTGRES_PASSWORD);
    expect(decodeURIComponent(url.pathname.slice(1))).toBe(postgres.POSTGRES_DB);
  });

  it('starts the gateway once PostgreSQL is healthy', () => {
    const dependsOn = services.gateway.depends_on;
    expect(Array.isArray(dependsOn) ? undefined : dependsOn?.postgres?.condition).toBe('service_healthy');
  });

  it('publishes the port the gateway listens on', () => {
    const { PORT } = loadConfig(gatewayEnvironment);
    const targets = (services.gateway.ports ?? []).map((mapping) =>
      typeof mapping === 'object' ? Number(mapping.target) : Number(String(mapping).split(':').at(-1)?.split('/')[0]),
    );
    expect(targets).toContain(PORT);
  });
});

describe('Dockerfile and package.json', () => {
  it('start the same built entry point, with the same Node flags', () => {
    const cmd = [...read('Dockerfile').matchAll(/^CMD\s+(.+)$/gm)].at(-1)?.[1];
    expect(JSON.parse(cmd ?? 'null')).toEqual(['node', '--max-old-space-size=384', 'dist/src/main.js']);
    const { scripts } = JSON.parse(read('package.json')) as { scripts?: Record<string, string> };
    expect(scripts?.start?.split(/\s+/), 'package.json scripts.start').toEqual(JSON.parse(cmd ?? 'null'));
    expect(scripts?.build, 'the Dockerfile runs `npm run build`').toBeDefined();
  });
});
