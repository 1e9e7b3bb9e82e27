/** Every external tool the project provisions, pinned. */
export const TOOL_VERSIONS = {
  /** The last tag `go install` accepts (later ones carry a replace directive). Server 1.29.1, UI 2.42.1. */
  temporalCli: { module: 'github.com/temporalio/cli/cmd/temporal', version: 'v1.5.1', minimumGo: [1, 25] },
  /** The last Compose v2 tag without an exclude directive (which `go install` refuses). */
  dockerCompose: { module: 'github.com/docker/compose/v2/cmd', version: 'v2.34.0', minimumGo: [1, 23] },
  /** Resolved through Maven; see libs/dev-infra/maven/temporal-test-server.pom.xml. */
  temporalTestServer: { coordinates: 'io.temporal:temporal-test-server:1.38.0' },
  postgresMajor: 15,
} as const;
