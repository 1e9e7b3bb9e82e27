import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from './access-policy';
import { TerritoryDirectoryService } from './territory-directory.service';

@Global()
@Module({ providers: [TerritoryDirectoryService, AccessPolicy], exports: [TerritoryDirectoryService, AccessPolicy] })
export class AccessModule {}
