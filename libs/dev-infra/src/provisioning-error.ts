/** A tool or server could not be provisioned: which one, what to do about it, and what failed. */
export class ProvisioningError extends Error {
  constructor(
    readonly tool: string,
    readonly remedy: string,
    readonly failedCommand?: string,
    readonly output?: string,
  ) {
    super(
      [
        `Could not provision ${tool}.`,
        `What to do: ${remedy}`,
        failedCommand ? `Command that failed: ${failedCommand}` : undefined,
        output ? `Its last output:\n${tail(output, 40)}` : undefined,
      ]
        .filter(Boolean)
        .join('\n'),
    );
    this.name = 'ProvisioningError';
  }
}

export function tail(output: string, lines: number): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}
