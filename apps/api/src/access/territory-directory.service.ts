import { TerritoryDirectory, type Authority } from '@htx/domain';
import { TerritoryRepository } from '@htx/persistence';
import { Injectable } from '@nestjs/common';

const TTL_MS = 60_000;

/**
 * The administrative map and the authorities, read from the database and kept for a minute (they change a few times a
 * year); a load through the api refreshes them at once.
 */
@Injectable()
export class TerritoryDirectoryService {
  private cached: { directory: TerritoryDirectory; authorities: Authority[]; at: number } | undefined;

  constructor(private readonly territories: TerritoryRepository) {}

  async directory(): Promise<TerritoryDirectory> {
    return (await this.load()).directory;
  }

  async authorities(): Promise<Authority[]> {
    return (await this.load()).authorities;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async load() {
    if (!this.cached || Date.now() - this.cached.at > TTL_MS) {
      const [territories, authorities] = await Promise.all([
        this.territories.territories(),
        this.territories.authorities(),
      ]);
      this.cached = { directory: new TerritoryDirectory(territories), authorities, at: Date.now() };
    }
    return this.cached;
  }
}
