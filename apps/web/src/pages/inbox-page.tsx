import { useId, useState, type FormEvent } from 'react';
import { api, call } from '../api/client';
import type { Task, TaskFilters, TaskPage, TaskView } from '../api/shapes';
import { TaskCard } from '../components/task-card';
import { byVietnamese } from '../format';
import { useI18n } from '../i18n';
import { TASK_KIND_LABELS, TASK_STATUS_LABELS } from '../labels';
import { useUser } from '../session';
import { useTerritories } from '../territories';
import { ErrorNotice, LabelOptions, Loading, PageTitle, useLoad } from '../ui';
import { DateInput } from '../components/date-input';

type Status = NonNullable<TaskFilters['status']>[number];
type Kind = NonNullable<TaskFilters['kind']>;
type Filters = {
  view: NonNullable<TaskFilters['view']>;
  kind: Kind | '';
  status: 'pending' | Status | 'any';
  territoryCode: string;
  overdue: boolean;
  dueBefore: string;
  sort: NonNullable<TaskFilters['sort']>;
};

const DEFAULT_FILTERS: Filters = {
  view: 'all',
  kind: '',
  status: 'pending',
  territoryCode: '',
  overdue: false,
  dueBefore: '',
  sort: 'due',
};

const STATUS_SETS: Record<'pending' | 'any', Status[] | undefined> = {
  pending: ['open', 'claimed'],
  any: undefined,
};

/** The filters as the api takes them (also what a saved view keeps). */
function toApi(filters: Filters): TaskFilters {
  const status =
    filters.status === 'pending' || filters.status === 'any' ? STATUS_SETS[filters.status] : [filters.status];
  return {
    view: filters.view,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(status ? { status } : {}),
    ...(filters.territoryCode ? { territoryCode: filters.territoryCode } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.dueBefore ? { dueBefore: filters.dueBefore } : {}),
    sort: filters.sort,
  };
}

function fromApi(saved: TaskFilters): Filters {
  const status = saved.status ?? [];
  return {
    view: saved.view ?? 'all',
    kind: saved.kind ?? '',
    status:
      status.length === 0
        ? 'any'
        : status.length === 1
          ? status[0]
          : status.join() === 'open,claimed'
            ? 'pending'
            : 'any',
    territoryCode: saved.territoryCode ?? '',
    overdue: saved.overdue ?? false,
    dueBefore: saved.dueBefore ?? '',
    sort: saved.sort ?? 'due',
  };
}

function SaveViewForm({ filters, onSaved }: { filters: Filters; onSaved: (view: TaskView) => void }) {
  const { t } = useI18n();
  const user = useUser();
  const territories = useTerritories();
  const nameId = useId();
  const shareId = useId();
  const [name, setName] = useState('');
  const [share, setShare] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const view = await call(
        api.POST('/task-views', {
          body: { name: name.trim(), filters: toApi(filters), sharedWith: share ? user.territoryCodes : [] },
        }),
      );
      setName('');
      onSaved(view);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={nameId}>{t('Lưu bộ lọc này với tên', 'Save these filters as')}</label>
      <input id={nameId} required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
      <span className="checkbox-field">
        <input id={shareId} type="checkbox" checked={share} onChange={(event) => setShare(event.target.checked)} />
        <label htmlFor={shareId}>
          {t('Chia sẻ với tổ của', 'Share with the team of')} {user.territoryCodes.map(territories.name).join(', ')}
        </label>
      </span>
      <button type="submit">{t('Lưu', 'Save')}</button>
      <ErrorNotice error={error} />
    </form>
  );
}

/** Home: the tasks within the user's reach, least time left first, with filters and shared saved views. */
export function InboxPage() {
  const { t } = useI18n();
  const user = useUser();
  const territories = useTerritories();
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [viewId, setViewId] = useState('');
  const [extra, setExtra] = useState<Task[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const ids = {
    view: useId(),
    kind: useId(),
    status: useId(),
    territory: useId(),
    due: useId(),
    sort: useId(),
    overdue: useId(),
    saved: useId(),
  };

  const views = useLoad(() => call(api.GET('/task-views')) as Promise<TaskView[]>, []);
  const page = useLoad(async () => {
    const query = { ...toApi(filters), limit: 25, ...(viewId ? { viewId } : {}) };
    const answer = (await call(api.GET('/tasks', { params: { query } }))) as TaskPage;
    setExtra([]);
    setCursor(answer.nextCursor ?? null);
    return answer;
  }, [JSON.stringify(filters), viewId]);

  const more = async () => {
    if (!cursor) return;
    setMoreError(null);
    try {
      const query = { ...toApi(filters), limit: 25, after: cursor, ...(viewId ? { viewId } : {}) };
      const answer = (await call(api.GET('/tasks', { params: { query } }))) as TaskPage;
      setExtra((previous) => [...previous, ...answer.items]);
      setCursor(answer.nextCursor ?? null);
    } catch (failure) {
      setMoreError(failure);
    }
  };

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setViewId('');
    setFilters((previous) => ({ ...previous, [key]: value }));
  };
  const chooseView = (id: string) => {
    const view = views.data?.find((candidate) => candidate.id === id);
    setViewId(id);
    setFilters(view ? fromApi(view.filters) : DEFAULT_FILTERS);
  };
  const removeView = async (id: string) => {
    await call(api.DELETE('/task-views/{id}', { params: { path: { id } } }));
    if (viewId === id) chooseView('');
    views.reload();
  };

  const tasks = [...(page.data?.items ?? []), ...extra];
  const sortedViews = [...(views.data ?? [])].sort(byVietnamese((view) => view.name));
  const currentView = sortedViews.find((view) => view.id === viewId);

  return (
    <section>
      <PageTitle>{t('Hộp việc', 'Inbox')}</PageTitle>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={ids.saved}>{t('Bộ lọc đã lưu', 'Saved views')}</label>
          <select id={ids.saved} value={viewId} onChange={(event) => chooseView(event.target.value)}>
            <option value="">{t('— Không dùng —', '— None —')}</option>
            {sortedViews.map((view) => (
              <option key={view.id} value={view.id}>
                {view.name}
                {view.ownerId !== user.id ? t(` (chia sẻ bởi ${view.ownerId})`, ` (shared by ${view.ownerId})`) : ''}
              </option>
            ))}
          </select>
        </div>
        {currentView && currentView.ownerId === user.id && (
          <button type="button" onClick={() => void removeView(currentView.id)}>
            {t('Xóa bộ lọc đã lưu', 'Delete saved view')}
          </button>
        )}
      </div>
      <form
        className="filters"
        aria-label={t('Lọc công việc', 'Filter tasks')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label htmlFor={ids.view}>{t('Phạm vi', 'Scope')}</label>
          <select
            id={ids.view}
            value={filters.view}
            onChange={(event) => set('view', event.target.value as Filters['view'])}
          >
            <option value="all">{t('Tất cả trong địa bàn', 'All within my reach')}</option>
            <option value="mine">{t('Việc tôi đang xử lý', 'Mine')}</option>
            <option value="unassigned">{t('Chưa ai nhận', 'Unassigned')}</option>
            <option value="my-role">{t('Dành cho vai trò của tôi', 'For my role')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>{t('Loại việc', 'Kind')}</label>
          <select
            id={ids.kind}
            value={filters.kind}
            onChange={(event) => set('kind', event.target.value as Filters['kind'])}
          >
            <option value="">{t('Tất cả', 'All')}</option>
            <LabelOptions labels={TASK_KIND_LABELS} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>{t('Trạng thái', 'Status')}</label>
          <select
            id={ids.status}
            value={filters.status}
            onChange={(event) => set('status', event.target.value as Filters['status'])}
          >
            <option value="pending">{t('Chưa quyết định', 'Not yet decided')}</option>
            <LabelOptions labels={TASK_STATUS_LABELS} />
            <option value="any">{t('Tất cả', 'All')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.territory}>{t('Địa bàn', 'Territory')}</label>
          <select
            id={ids.territory}
            value={filters.territoryCode}
            onChange={(event) => set('territoryCode', event.target.value)}
          >
            <option value="">{t('Tất cả', 'All')}</option>
            {territories.all
              .filter((territory) => territory.level !== 'commune')
              .map((territory) => (
                <option key={territory.code} value={territory.code}>
                  {territory.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.due}>{t('Hạn trước ngày', 'Due before')}</label>
          <DateInput id={ids.due} value={filters.dueBefore} onChange={(iso) => set('dueBefore', iso)} />
        </div>
        <div className="field">
          <label htmlFor={ids.sort}>{t('Sắp xếp', 'Sort')}</label>
          <select
            id={ids.sort}
            value={filters.sort}
            onChange={(event) => set('sort', event.target.value as Filters['sort'])}
          >
            <option value="due">{t('Ít thời gian nhất trước', 'Least time left first')}</option>
            <option value="priority">{t('Ưu tiên cao trước', 'Highest priority first')}</option>
          </select>
        </div>
        <div className="checkbox-field">
          <input
            id={ids.overdue}
            type="checkbox"
            checked={filters.overdue}
            onChange={(event) => set('overdue', event.target.checked)}
          />
          <label htmlFor={ids.overdue}>{t('Chỉ việc quá hạn', 'Overdue only')}</label>
        </div>
      </form>
      <SaveViewForm
        filters={filters}
        onSaved={(view) => {
          views.reload();
          setViewId(view.id);
        }}
      />
      <ErrorNotice error={page.error ?? views.error} />
      {page.loading && !page.data ? (
        <Loading />
      ) : (
        <>
          <p className="muted" role="status">
            {t(
              `${tasks.length} công việc${cursor ? ' (còn nữa)' : ''}`,
              `${tasks.length} task${tasks.length === 1 ? '' : 's'}${cursor ? ' (more)' : ''}`,
            )}
          </p>
          {tasks.length === 0 && (
            <p className="empty">{t('Không có công việc nào khớp bộ lọc.', 'No task matches these filters.')}</p>
          )}
          <div className="task-list">
            {tasks.map((task) => (
              <TaskCard key={task.id} task={task} user={user} onChanged={page.reload} />
            ))}
          </div>
          {cursor && (
            <button type="button" onClick={() => void more()}>
              {t('Xem thêm', 'Show more')}
            </button>
          )}
          <ErrorNotice error={moreError} />
        </>
      )}
    </section>
  );
}
