import { condition } from '@temporalio/workflow';

/**
 * Handlers that decide and then append run one at a time, each deciding on the state the previous one left. The
 * check and the claim happen in one synchronous step, so handlers woken in the same activation cannot both pass.
 */
export class OneAtATime {
  private busy = false;

  get isBusy(): boolean {
    return this.busy;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    while (this.busy) await condition(() => !this.busy);
    this.busy = true;
    try {
      return await work();
    } finally {
      this.busy = false;
    }
  }
}
