import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { SCALES, type ScaleName } from './synthetic/province-plan.js';
import { seedSyntheticProvince } from './synthetic/seed-province.js';

/**
 * npm run seed:synthetic -- [--scale province|city|tiny] [--years 5] [--last-year 2017] [--jobs 4]
 *
 * Fills the configured database (DATABASE_URL, or the embedded one in DATA_DIR) with a made-up
 * province of reports for benchmarks and load tests, next to the real reports. Everything it
 * writes is marked: region codes 99xxxx, names starting 合成, sources on synthetic.invalid.
 * Running it again changes nothing: the reports are the same and are imported as such.
 */
const USAGE = 'usage: npm run seed:synthetic -- [--scale province|city|tiny (default province)] [--years N (default 5)] [--last-year YYYY (default 2017)] [--jobs N (default 4)]\n';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'province' },
    years: { type: 'string', default: '5' },
    'last-year': { type: 'string', default: '2017' },
    jobs: { type: 'string', default: '4' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const scale = Object.hasOwn(SCALES, values.scale!) ? SCALES[values.scale as ScaleName] : undefined;
const years = Number(values.years);
const lastYear = Number(values['last-year']);
const jobs = Number(values.jobs);
if (!scale || !(years >= 1 && years <= 10) || !(lastYear >= 2008 + years - 1 && lastYear <= 2018) || !(jobs >= 1 && jobs <= 64)) {
  process.stderr.write(`bad arguments: ${JSON.stringify(values)}\n${USAGE}(the template is a 2008-era report, so the years must lie within 2008–2018)\n`);
  process.exit(2);
}

const database = await openDatabase(loadConfig());
const started = performance.now();
try {
  const yearList = Array.from({ length: years }, (_, i) => lastYear - years + 1 + i);
  const count = await seedSyntheticProvince(database, { scale, years: yearList, jobs, progress: true });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${count} synthetic reports (scale ${values.scale}, ${years} years to ${lastYear}) in ${seconds.toFixed(1)} s\n`);
} catch (error) {
  process.stderr.write(`seed:synthetic failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
