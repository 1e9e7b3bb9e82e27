// What the interface offers each role. It mirrors the api's @Roles and task rules so nobody is shown an action they
// cannot take; the api stays the authority and its refusals are shown as they come.
import type { Role, Task, User } from './api/shapes';

const has = (user: User, ...roles: Role[]) => roles.some((role) => user.roles.includes(role));
/** Everyone who works for an authority, including those who only read (not a cooperative's representative). */
const STAFF: Role[] = ['registration-officer', 'head-of-authority', 'auditor', 'administrator'];

const isOpen = (task: Task) => task.status === 'open' || task.status === 'claimed';
/** The task's candidates, and the head of the authority, who supervises every step. */
const mayWork = (user: User, task: Task) =>
  user.roles.includes(task.candidateRole as Role) || user.roles.includes('head-of-authority');

export const can = {
  useInbox: (user: User) => has(user, ...STAFF),
  readApplications: (user: User) => has(user, ...STAFF),
  readSweeps: (user: User) => has(user, ...STAFF),
  runSweeps: (user: User) => has(user, 'registration-officer', 'head-of-authority'),
  importRegistry: (user: User) => has(user, 'registration-officer', 'administrator'),
  readDashboards: (user: User) => has(user, ...STAFF),
  /** Receiving a founders' dossier, and its amendments, at the one-stop desk. */
  fileApplications: (user: User) => has(user, 'registration-officer', 'administrator'),
  readDissolutions: (user: User) => has(user, ...STAFF),
  /** A representative opens only its own cooperative's voluntary dissolution (the api checks which). */
  openDissolution: (user: User) => has(user, 'registration-officer', 'cooperative-representative'),
  recordDissolutionStep: (user: User) => has(user, 'registration-officer', 'cooperative-representative'),
  readCampaigns: (user: User) => has(user, ...STAFF),
  openCampaigns: (user: User) => has(user, 'registration-officer', 'head-of-authority'),
  workOnEnrolments: (user: User) =>
    has(user, 'registration-officer', 'head-of-authority', 'cooperative-representative'),
  readRulePacks: (user: User) => has(user, ...STAFF),
  correctRulePacks: (user: User) => has(user, 'administrator'),
  readReports: (user: User) => has(user, ...STAFF),
  setTargets: (user: User) => has(user, 'head-of-authority', 'administrator'),
  claim: (user: User, task: Task) =>
    has(user, 'registration-officer', 'head-of-authority') && task.status === 'open' && mayWork(user, task),
  unclaim: (user: User, task: Task) =>
    task.status === 'claimed' && (task.assignee?.id === user.id || has(user, 'head-of-authority')),
  assign: (user: User, task: Task) => has(user, 'head-of-authority') && isOpen(task),
  decide: (user: User, task: Task) =>
    has(user, 'registration-officer', 'head-of-authority') &&
    isOpen(task) &&
    mayWork(user, task) &&
    (task.status === 'open' || task.assignee?.id === user.id) &&
    !task.excludedDeciders.some((excluded) => excluded.actorId === user.id),
  /** Binding options (certificates, refusals) are signed by the head of the authority. */
  takeOption: (user: User, binding: boolean) => !binding || has(user, 'head-of-authority'),
};
