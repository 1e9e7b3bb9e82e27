import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';

@Injectable()
export class TemporalHealth {
  constructor(private readonly client: Client) {}

  /** Whether the frontend answers within the time given. */
  async isReachable(timeoutMs = 2_000): Promise<boolean> {
    try {
      await this.client.connection.withDeadline(Date.now() + timeoutMs, () =>
        this.client.workflowService.getSystemInfo({}),
      );
      return true;
    } catch {
      return false;
    }
  }
}
