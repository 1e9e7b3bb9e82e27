import { CreateEventLogAndRegistry1795371286409 } from './1795371286409-CreateEventLogAndRegistry';
import { MakeLifecycleEventsAppendOnly1795371286410 } from './1795371286410-MakeLifecycleEventsAppendOnly';
import { AddIdentityTerritoriesAuditAndCalendar1795373833513 } from './1795373833513-AddIdentityTerritoriesAuditAndCalendar';
import { MakeAuditRecordsAppendOnly1795373833514 } from './1795373833514-MakeAuditRecordsAppendOnly';
import { AddTasksApplicationsAndRegistrationCodes1795374923665 } from './1795374923665-AddTasksApplicationsAndRegistrationCodes';
import { AddDossierDocumentsAndApplicationLapses1795379836337 } from './1795379836337-AddDossierDocumentsAndApplicationLapses';
import { AddCooperativeLivingRecord1795381428755 } from './1795381428755-AddCooperativeLivingRecord';
import { AddRegistryImports1795383294027 } from './1795383294027-AddRegistryImports';
import { AddDormancySweeps1795385760070 } from './1795385760070-AddDormancySweeps';
import { AddRuleCorrections1795397264002 } from './1795397264002-AddRuleCorrections';
import { AddOpenInboxIndex1795397916176 } from './1795397916176-AddOpenInboxIndex';
import { AddConversionCampaigns1795398644742 } from './1795398644742-AddConversionCampaigns';
import { AddNoticeStreams1795408178642 } from './1795408178642-AddNoticeStreams';
import { AddLifecycleAppendFunction1795416000000 } from './1795416000000-AddLifecycleAppendFunction';
import { AddNoticeOutboxAndStatisticsTargets1795398122404 } from './1795398122404-AddNoticeOutboxAndStatisticsTargets';

// Every migration, in order. Listed explicitly (no globs) so the same list works compiled, under jest and bundled.
export const MIGRATIONS = [
  CreateEventLogAndRegistry1795371286409,
  MakeLifecycleEventsAppendOnly1795371286410,
  AddIdentityTerritoriesAuditAndCalendar1795373833513,
  MakeAuditRecordsAppendOnly1795373833514,
  AddTasksApplicationsAndRegistrationCodes1795374923665,
  AddDossierDocumentsAndApplicationLapses1795379836337,
  AddCooperativeLivingRecord1795381428755,
  AddRegistryImports1795383294027,
  AddDormancySweeps1795385760070,
  AddRuleCorrections1795397264002,
  AddOpenInboxIndex1795397916176,
  AddNoticeOutboxAndStatisticsTargets1795398122404,
  AddConversionCampaigns1795398644742,
  AddNoticeStreams1795408178642,
  AddLifecycleAppendFunction1795416000000,
];
