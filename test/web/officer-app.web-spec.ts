import type { Browser, Locator, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { dossier, dossierRequest, TINY_PDF } from '../support/dossiers';
import { eventually } from '../support/eventually';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';
import { launchBrowser, screenshot, signedInPage, webTestEnv } from './browser';

type LocalizedText = { vi: string; en: string };
type Task = {
  id: string;
  kind: string;
  subject: { id: string; name: string };
  options: { id: string; legalBasis: { citation: LocalizedText } | null }[];
};

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let officer: HttpClient;
let browser: Browser;
const pages: Page[] = [];

const PAPERS_2023 = ['application-form', 'charter', 'member-list', 'founding-resolution'];

/** Files a sound dossier through the api, as the reception desk does, and waits for its review task. */
async function fileApplication(proposedName: string): Promise<Task> {
  const documentIds: string[] = [];
  for (const kind of PAPERS_2023) {
    const uploaded = await officer.upload<{ documentId: string }>(
      '/establishment-applications/documents',
      { kind },
      { name: `${kind}.pdf`, content: TINY_PDF },
    );
    documentIds.push(uploaded.body.documentId);
  }
  const filed = await officer.post<{ id: string }>(
    '/establishment-applications',
    dossierRequest(dossier({ proposedName }), documentIds),
  );
  expect(filed.status).toBe(201);
  return eventually(async () => {
    const page = await officer.get<{ items: Task[] }>('/tasks?kind=establishment-review&limit=100');
    return page.body.items.find((task) => task.subject.id === filed.body.id);
  }, `the review task of ${proposedName}`);
}

async function open(username: string): Promise<Page> {
  const page = await signedInPage(browser, services.baseUrl, username, TEST_PASSWORD);
  pages.push(page);
  return page;
}

/** The inbox card of a cooperative, reloading until the workflow has opened it. */
async function cardOf(page: Page, name: string, title: string): Promise<Locator> {
  const card = page.locator('article.task-card', { hasText: name }).filter({ hasText: title });
  await eventually(
    async () => {
      if ((await card.count()) === 1) return true;
      await page.reload();
      await page.getByRole('heading', { name: 'Hộp việc' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'công việc' }).waitFor();
      return undefined;
    },
    `the card "${title}" of ${name}`,
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  return card;
}

async function decide(page: Page, card: Locator, option: string, form: string[] = []): Promise<Locator> {
  await card.getByRole('button', { name: 'Quyết định…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(option).check();
  for (const field of form) await dialog.getByLabel(field).check();
  await dialog.getByRole('button', { name: 'Xem lại trước khi xác nhận' }).click();
  await dialog.getByTestId('confirm-legal-basis').waitFor();
  return dialog;
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  services = await startServices({ databaseUrl: database.url, env: { WEB_APP_DIR: webTestEnv('webApp') } });
  officer = await signedIn(services.baseUrl, USERS.officer.id, TEST_PASSWORD);
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const page of pages) await page.context().close();
  await browser?.close();
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

const NAME = 'Hợp tác xã Nông nghiệp Ngọc Châu';
let cooperativeId: string;

describe('an establishment decided in the browser', () => {
  it('an officer signs in, claims and reviews the dossier; the head approves; the cooperative is active', async () => {
    const review = await fileApplication(NAME);
    cooperativeId = review.subject.id;

    const page = await open(USERS.officer.id);
    expect(new URL(page.url()).pathname).toBe('/app/');
    await page.getByRole('heading', { name: 'Hộp việc' }).waitFor();
    const card = await cardOf(page, NAME, 'Thẩm định hồ sơ đăng ký hợp tác xã');
    expect(await card.textContent()).toMatch(/Hạn: \d{2}\/\d{2}\/\d{4}/);
    expect(await card.textContent()).toContain('Vì sao');
    await screenshot(page, '02-inbox');

    await card.getByRole('button', { name: 'Nhận việc' }).click();
    await card.getByText(`Người xử lý: ${USERS.officer.displayName}`).waitFor();

    const dialog = await decide(page, card, 'Đề xuất cấp giấy chứng nhận', ['Đã đối chiếu giấy tờ gốc (bắt buộc)']);
    const basis = review.options.find((option) => option.id === 'propose-approval')!.legalBasis!.citation.vi;
    expect(await dialog.getByTestId('confirm-legal-basis').textContent()).toContain(basis);
    expect(await dialog.getByTestId('confirm-option').textContent()).toBe('Đề xuất cấp giấy chứng nhận');
    await screenshot(page, '03-decide-confirm');
    await dialog.getByRole('button', { name: 'Xác nhận quyết định' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.waitFor({ state: 'detached' });
    // The binding decision that follows is the head's: the officer sees it in the inbox, with nothing to press.
    const awaitingHead = await cardOf(page, NAME, 'Quyết định đăng ký hợp tác xã');
    expect(await awaitingHead.getByRole('button').count()).toBe(0);

    const head = await open(USERS.head.id);
    const decision = await cardOf(head, NAME, 'Quyết định đăng ký hợp tác xã');
    expect(await decision.getByRole('button', { name: 'Quyết định…' }).count()).toBe(1);
    const approve = await decide(head, decision, 'Cấp giấy chứng nhận đăng ký');
    await approve.getByRole('button', { name: 'Xác nhận quyết định' }).click();
    await approve.waitFor({ state: 'detached' });

    await page.goto(`${services.baseUrl}/app/cooperatives/${cooperativeId}`);
    await eventually(
      async () => {
        if ((await page.locator('.page-title [data-status="active"]').count()) === 1) return true;
        await page.reload();
        await page.getByRole('heading', { level: 1 }).waitFor();
        return undefined;
      },
      'the cooperative on the registry as active',
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(NAME);
    expect(await page.locator('.page-title').textContent()).toContain('Đang hoạt động');
    await page.getByTestId('chain-verification').getByText('Chuỗi băm toàn vẹn').waitFor();
    await screenshot(page, '04-cooperative-record');
  });

  it('shows the api’s refusal as it comes when another officer claimed the task meanwhile', async () => {
    const other = await fileApplication('Hợp tác xã Dịch vụ Cao Thượng');
    const page = await open(USERS.secondOfficer.id);
    const card = await cardOf(page, other.subject.name, 'Thẩm định hồ sơ đăng ký hợp tác xã');
    // Someone else claims it meanwhile: the officer's stale page still offers to decide; the api refuses, and says who.
    const first = await signedIn(services.baseUrl, USERS.officer.id, TEST_PASSWORD);
    expect((await first.post(`/tasks/${other.id}/claim`, {})).status).toBe(200);
    const dialog = await decide(page, card, 'Đề xuất cấp giấy chứng nhận', ['Đã đối chiếu giấy tờ gốc (bắt buộc)']);
    await dialog.getByRole('button', { name: 'Xác nhận quyết định' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`${USERS.officer.displayName} đang xử lý công việc này.`);
    await screenshot(page, '05-refusal-shown');
  });
});

describe('what each role sees', () => {
  it('an auditor reads the record’s timeline and its legal bases, as of a date, and sees no decide button', async () => {
    const pending = await fileApplication('Hợp tác xã Rau an toàn Song Vân');
    const page = await open(USERS.auditor.id);
    await cardOf(page, pending.subject.name, 'Thẩm định hồ sơ đăng ký hợp tác xã');
    expect(await page.getByRole('button', { name: /Quyết định|Nhận việc|Giao việc/ }).count()).toBe(0);

    await page.goto(`${services.baseUrl}/app/cooperatives/${cooperativeId}`);
    const timeline = page.getByRole('list', { name: 'Nhật ký sự kiện' });
    await timeline.waitFor();
    const types = await Promise.all(
      (await timeline.locator('li[data-event-type]').all()).map((item) => item.getAttribute('data-event-type')),
    );
    expect(types).toEqual(expect.arrayContaining(['ApplicationSubmitted', 'TaskDecided', 'CooperativeRegistered']));
    const registered = timeline.locator('li[data-event-type="CooperativeRegistered"]');
    expect(await registered.textContent()).toContain('Vào sổ đăng ký');
    expect(await registered.locator('.legal-basis').textContent()).not.toBe('');
    expect(await timeline.locator('li', { hasText: 'Quyết định công việc' }).last().textContent()).toContain(
      USERS.head.displayName,
    );
    await page.getByTestId('chain-verification').getByText('Chuỗi băm toàn vẹn').waitFor();
    expect(await page.getByRole('button', { name: /Quyết định/ }).count()).toBe(0);
    await screenshot(page, '06-auditor-timeline');

    const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Xem hồ sơ tại ngày').fill(yesterday.split('-').reverse().join('/'));
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    const asOf = page.getByTestId('as-of');
    await asOf.getByText('chưa được đăng ký').waitFor();
    expect(await asOf.textContent()).toContain(yesterday.split('-').reverse().join('/'));
    expect(await timeline.locator('li[data-event-type]').count()).toBe(0);
  });

  it('an officer of another territory cannot open the record', async () => {
    const page = await open(USERS.otherOfficer.id);
    await page.goto(`${services.baseUrl}/app/cooperatives/${cooperativeId}`);
    await page.getByRole('heading', { name: 'Không mở được hồ sơ' }).waitFor();
    const alert = page.getByRole('alert');
    expect(await alert.getAttribute('data-error-code')).toBe('COOPERATIVE_NOT_FOUND');
    expect(await page.content()).not.toContain(NAME);
    await screenshot(page, '07-other-territory');
  });
});

describe('the other pages', () => {
  it('shows the registry, applications, sweeps, import and dashboards, in Vietnamese and in English', async () => {
    const page = await open(USERS.officer.id);
    const visit = async (link: string, heading: string, shot: string) => {
      await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForFunction("!document.body.innerText.includes('Đang tải…')");
      await screenshot(page, shot);
    };
    await visit('Sổ đăng ký', 'Sổ đăng ký hợp tác xã', '08-registry');
    expect(await page.getByRole('link', { name: NAME }).count()).toBe(1);
    await visit('Hồ sơ thành lập', 'Hồ sơ đăng ký thành lập', '09-applications');
    await page.getByRole('link', { name: NAME }).click();
    await page.getByRole('heading', { name: 'Kiểm tra tự động' }).waitFor();
    await visit('Nhập sổ đăng ký', 'Nhập sổ đăng ký hiện có', '10-import');
    const recently = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const register = [
      'Mã số HTX,Tên HTX,Loại hình,Lĩnh vực,Mã địa bàn,Luật áp dụng,Ngày đăng ký,Số thành viên,Ngày hoạt động gần nhất',
      `216990001,Hợp tác xã Nông nghiệp Nhập Sổ Một,Hợp tác xã,agriculture,216,2012,20/03/2015,12,${recently}`,
      `216990002,Hợp tác xã Nông nghiệp Nhập Sổ Hai,Hợp tác xã,agriculture,216,2012,31/02/2015,12,${recently}`,
    ].join('\r\n');
    await page.getByLabel('Tệp sổ đăng ký').setInputFiles({
      name: 'so-dang-ky.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(register, 'utf8'),
    });
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    const refused = page.getByRole('alert');
    await refused.waitFor();
    expect(await refused.getAttribute('data-error-code')).toBe('IMPORT_ROWS_INVALID');
    const rows = await refused.getByRole('table').getByRole('row').allTextContents();
    expect(rows.some((row) => row.startsWith('3') && row.includes('registeredOn'))).toBe(true);
    await screenshot(page, '11-import-refused');
    await page.getByLabel('Chỉ nhập các dòng hợp lệ, bỏ qua dòng lỗi').check();
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    const progress = page.getByTestId('import-progress');
    await progress.getByText('đã xong').waitFor({ timeout: 60_000 });
    expect(await progress.textContent()).toContain('Mới vào sổ: 1');
    expect(await progress.textContent()).toContain('dòng bị loại: 1');
    await screenshot(page, '12-import-done');
    // The imported cooperative has held no general meeting since 2015: its workflow flags it; the sweep lists it.
    await visit('Rà soát ngừng hoạt động', 'Rà soát hợp tác xã ngừng hoạt động', '13-sweeps');
    await page.getByRole('button', { name: 'Rà soát', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Rà soát tại ngày \d{2}\/\d{2}\/\d{4}/ }).waitFor();
    await page.getByText('Xong', { exact: true }).waitFor({ timeout: 60_000 });
    const select = page.getByLabel('Chọn Hợp tác xã Nông nghiệp Nhập Sổ Một');
    await eventually(
      async () => {
        if ((await select.count()) === 1) return true;
        await page.reload();
        await page.getByText('Xong', { exact: true }).waitFor();
        return undefined;
      },
      'the flagged cooperative open for review in the sweep',
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    const flagged = page.locator('tr', { hasText: 'Hợp tác xã Nông nghiệp Nhập Sổ Một' });
    expect(await flagged.textContent()).toContain('Không tổ chức đại hội thành viên thường niên 18 tháng liên tục');
    await select.check();
    const bulk = page.getByRole('form', { name: 'Quyết định hàng loạt' });
    await bulk.getByLabel('Xác nhận ngừng hoạt động').check();
    await bulk.getByLabel(/^Lý do/).fill('Kiểm tra thực địa: không tổ chức đại hội từ năm 2015.');
    await screenshot(page, '14-sweep-bulk');
    await bulk.getByRole('button', { name: 'Gửi quyết định' }).click();
    const result = page.getByTestId('bulk-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Đã quyết định 1, không đổi 0, bị từ chối 0.');
    await visit('Bảng số liệu', 'Bảng số liệu', '15-dashboards');
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThanOrEqual(3);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboards' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await screenshot(page, '16-inbox-english');
  });
});
