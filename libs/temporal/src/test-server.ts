import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { onPath, temporalCacheDir } from './temporal-cli';

const run = promisify(execFile);

/**
 * Temporal's Java test server, the time-skipping one, as Maven Central serves it (the SDK's
 * own download of the native build needs the internet these machines lack).
 */
export const TEMPORAL_TEST_SERVER_ARTIFACT = { groupId: 'io.temporal', artifactId: 'temporal-test-server', version: '1.31.0' } as const;
const MAIN_CLASS = 'io.temporal.testserver.TestServer';

const pom = ({ groupId, artifactId, version } = TEMPORAL_TEST_SERVER_ARTIFACT) => `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.disclosure-engine</groupId>
  <artifactId>temporal-test-server-classpath</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;

/**
 * The launcher the SDK runs as `PATH <port> [--enable-time-skipping]`: it execs java, so the
 * SDK's teardown stops the JVM itself; startup flags keep the JVM inside the SDK's few
 * seconds of waiting for the port, even on a busy machine.
 */
const launcher = (java: string, classpath: string) =>
  `#!/bin/sh\nexec "${java}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -cp "${classpath}" ${MAIN_CLASS} "$@"\n`;

/**
 * The launcher's path, made once into the cache: Maven fetches the server and its runtime jars
 * into the cache's own repository and writes their class path. Needs java and mvn on PATH.
 */
export async function ensureTemporalTestServer(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = () => {}): Promise<string> {
  const dir = path.join(temporalCacheDir(env), `temporal-test-server-${TEMPORAL_TEST_SERVER_ARTIFACT.version}`);
  const executable = path.join(dir, 'temporal-test-server');
  if (fs.existsSync(executable)) return executable;
  const java = onPath('java', env);
  if (!java || !onPath('mvn', env)) throw new Error('the time-skipping test server runs on Java and is fetched with Maven: install a JDK (17 or later) and Maven');
  log(`fetching ${TEMPORAL_TEST_SERVER_ARTIFACT.groupId}:${TEMPORAL_TEST_SERVER_ARTIFACT.artifactId}:${TEMPORAL_TEST_SERVER_ARTIFACT.version} with Maven into ${dir}; once`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'pom.xml'), pom());
  const classpathFile = path.join(dir, 'classpath.txt');
  try {
    await run(
      'mvn',
      ['-B', '-q', '-f', path.join(dir, 'pom.xml'), `-Dmaven.repo.local=${path.join(temporalCacheDir(env), 'm2')}`, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
      { env, timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}` || String(error);
    throw new Error(`Maven could not fetch the Temporal test server:\n${output.slice(-2000)}`);
  }
  const classpath = fs.readFileSync(classpathFile, 'utf8').trim();
  // Written whole and then renamed: a run stopped half-way never leaves a launcher that is taken as made.
  const partial = `${executable}.partial`;
  fs.writeFileSync(partial, launcher(java, classpath), { mode: 0o755 });
  fs.renameSync(partial, executable);
  return executable;
}
