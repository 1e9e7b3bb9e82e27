/**
 * The yearly report obligations come with time alone, on any cooperative, whatever a test does: a test about
 * something else looks at the log beside them (and beside the tasks that follow up a report).
 */
export const REPORTING_EVENT_TYPES: readonly string[] = [
  'ReportObligationOpened',
  'ReportReminderIssued',
  'ReportFollowUpOpened',
  'ReportOverdueWarned',
  'NoticeDeliveryAttempted',
];

type LoggedEvent = { readonly type: string; readonly data?: unknown };

export function besideReporting<T extends LoggedEvent>(events: readonly T[]): T[] {
  const followUps = new Set(
    events.flatMap((event) => {
      const spec = (event.data as { spec?: { kind?: string; taskId?: string } } | undefined)?.spec;
      return event.type === 'TaskOpened' && spec?.kind === 'report-follow-up' && spec.taskId ? [spec.taskId] : [];
    }),
  );
  return events.filter((event) => {
    if (REPORTING_EVENT_TYPES.includes(event.type)) return false;
    const taskId = (event.data as { taskId?: string } | undefined)?.taskId;
    return !(event.type.startsWith('Task') && taskId && followUps.has(taskId));
  });
}

/** The same in SQL, over lifecycle_events. */
export const BESIDE_REPORTING_SQL =
  `type NOT IN (${REPORTING_EVENT_TYPES.map((type) => `'${type}'`).join(', ')}) AND NOT (type LIKE 'Task%' AND ` +
  `data->>'taskId' IN (SELECT id::text FROM tasks WHERE kind = 'report-follow-up'))`;
