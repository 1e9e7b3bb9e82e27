import { addDays, addMonths, vietnamDateOf } from '@htx/domain';
import type { Browser, Locator, Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { dossier, dossierRequest, TINY_PDF } from '../support/dossiers';
import { registrationDetails } from '../support/events';
import { eventually, until } from '../support/eventually';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { LocalMailServer } from '../support/mail-server';
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
let mail: LocalMailServer;
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
  mail = new LocalMailServer();
  await mail.start();
  services = await startServices({
    databaseUrl: database.url,
    env: { WEB_APP_DIR: webTestEnv('webApp'), SMTP_URL: mail.url },
  });
  officer = await signedIn(services.baseUrl, USERS.officer.id, TEST_PASSWORD);
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const page of pages) await page.context().close();
  await browser?.close();
  await services?.stop();
  await mail?.stop();
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

/** dd/mm/yyyy, as the date fields take it. */
const typed = (isoDate: string) => isoDate.split('-').reverse().join('/');

/** Moves through the main navigation and waits for the page to finish loading. */
async function openFromNav(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction("!document.body.innerText.includes('Đang tải…')");
}

describe('filing, conversion, rule packs, reports and dashboards', () => {
  const today = vietnamDateOf(new Date());
  const lastYear = Number(today.slice(0, 4)) - 1;
  const serial = String(Date.now() % 1e5).padStart(5, '0');
  /** Two cooperatives of Tân Yên still under the 2012 Law, silent since their report of three years ago. */
  const LATE = [`Hợp tác xã Chè Lệ Ninh ${serial}`, `Hợp tác xã Vải thiều Phúc Hòa ${serial}`];
  let fresh: string;
  let freshId: string;
  const idOf = async (name: string) =>
    (
      await officer.get<{ items: { id: string; name: string }[] }>('/cooperatives?territoryCode=216&limit=200')
    ).body.items.find((cooperative) => cooperative.name === name)!.id;

  beforeAll(async () => {
    const header =
      'Mã số HTX,Tên HTX,Loại hình,Lĩnh vực,Mã địa bàn,Luật áp dụng,Ngày đăng ký,Số thành viên,' +
      'Năm báo cáo gần nhất,Ngày nộp báo cáo,Ngày hoạt động gần nhất,Thư điện tử';
    const rows = LATE.map((name, index) =>
      [
        `2498${serial}${index}`,
        name,
        'Hợp tác xã',
        'agriculture',
        '216',
        '2012',
        '20/03/2015',
        '20',
        lastYear - 2,
        `${lastYear - 1}-01-10`,
        today,
        `htx${index}.${serial}@example.vn`,
      ].join(','),
    );
    const started = await officer.upload<{ id: string }>(
      '/cooperatives/import',
      { importGoodRows: 'true' },
      { name: 'so-dang-ky.csv', type: 'text/csv', content: Buffer.from([header, ...rows].join('\r\n'), 'utf8') },
    );
    expect(started.status).toBe(202);
    await until(
      () => officer.get<{ status: string }>(`/cooperatives/import/${started.body.id}`),
      (response) => response.body.status === 'completed',
      'the import to finish',
      { timeoutMs: 120_000 },
    );
    // Registered today under the 2023 Law: the dormancy correction previewed below moves its first deadline.
    const details = registrationDetails({ registeredOn: today, name: `Hợp tác xã Dịch vụ Liên Sơn ${serial}` });
    const registered = await officer.post<{ id: string }>('/cooperatives', details);
    expect(registered.status).toBe(201);
    fresh = details.name;
    freshId = registered.body.id;
  }, 180_000);

  it('an officer receives a dossier through the form: a wrong capital is told at its field, then it is filed and listed', async () => {
    const page = await open(USERS.officer.id);
    await openFromNav(page, 'Hồ sơ thành lập', 'Hồ sơ đăng ký thành lập');
    await page.getByRole('link', { name: 'Nhận hồ sơ mới' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhận hồ sơ đăng ký thành lập' }).waitFor();
    const name = `Hợp tác xã Nông nghiệp Ngọc Lý ${serial}`;
    await page.getByLabel('Tên dự kiến').fill(name);
    await page.getByLabel('Địa chỉ trụ sở chính').fill('Thôn Trung, xã Ngọc Lý, huyện Tân Yên, tỉnh Bắc Giang');
    await page.getByLabel('Ngày hội nghị thành lập').fill(typed(addDays(today, -10)));
    await page.getByLabel('Ngành, nghề kinh doanh').fill('Trồng cây ăn quả\nDịch vụ làm đất');
    for (let index = 1; index <= 5; index++) {
      await page.getByLabel(`Họ tên thành viên ${index}`).fill(`Thành viên Ngọc Lý ${index}`);
      await page.getByLabel(`Vốn góp thành viên ${index} (đồng)`).fill('50000000');
    }
    await page.getByLabel('Vốn điều lệ (đồng)').fill('300000000');
    await page.getByLabel('Người được ủy quyền nộp hồ sơ').fill('Thành viên Ngọc Lý 1');
    await page.getByLabel('Người đại diện theo pháp luật').fill('Thành viên Ngọc Lý 1');
    await page.getByLabel('Giám đốc', { exact: true }).fill('Thành viên Ngọc Lý 1');
    for (const [kind, label] of [
      ['application-form', 'Giấy đề nghị đăng ký'],
      ['charter', 'Điều lệ'],
      ['member-list', 'Danh sách thành viên, Hội đồng quản trị, giám đốc, Ban kiểm soát'],
      ['founding-resolution', 'Nghị quyết hội nghị thành lập'],
    ]) {
      await page.getByLabel(`Tệp: ${label}`, { exact: true }).setInputFiles({
        name: `${kind}.pdf`,
        mimeType: 'application/pdf',
        buffer: TINY_PDF,
      });
      await page.getByTestId(`document-${kind}`).getByText(`✓ ${kind}.pdf`).waitFor();
    }
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    const capital = page.locator('[data-field="charterCapital"] .field-error');
    await capital.waitFor();
    expect(await capital.textContent()).toContain('phải bằng tổng vốn góp của các thành viên (250000000)');
    expect(await page.getByLabel('Vốn điều lệ (đồng)').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, '17-establishment-form-refused');

    await page.getByLabel('Vốn điều lệ (đồng)').fill('250000000');
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.locator('.page-title [data-status="under-review"]').count()).toBe(1);
    await openFromNav(page, 'Hồ sơ thành lập', 'Hồ sơ đăng ký thành lập');
    const row = page.locator('tr', { has: page.getByRole('link', { name }) });
    expect(await row.textContent()).toContain('Đang thẩm định');
    await screenshot(page, '18-applications-with-filed');
  });

  it('an officer files the amended dossier the review asked for, replacing one paper; the review starts again', async () => {
    const name = `Hợp tác xã Nông nghiệp Nhã Nam ${serial}`;
    const review = await fileApplication(name);
    const asked = await officer.post(`/tasks/${review.id}/complete`, {
      optionId: 'request-amendments',
      comment: 'Bổ sung danh sách thành viên có chữ ký.',
    });
    expect(asked.status).toBe(200);
    await until(
      () => officer.get<{ status: string }>(`/establishment-applications/${review.subject.id}`),
      (response) => response.body.status === 'amendments-requested',
      'the amendment request',
    );
    const page = await open(USERS.officer.id);
    await page.goto(`${services.baseUrl}/app/applications/${review.subject.id}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('link', { name: 'Nộp hồ sơ sửa đổi, bổ sung' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nộp hồ sơ sửa đổi, bổ sung' }).waitFor();
    expect(await page.locator('.notice').textContent()).toContain('Bổ sung danh sách thành viên có chữ ký.');
    expect(await page.getByLabel('Tên dự kiến').inputValue()).toBe(name);
    await page
      .getByLabel('Tệp: Danh sách thành viên, Hội đồng quản trị, giám đốc, Ban kiểm soát', { exact: true })
      .setInputFiles({ name: 'danh-sach-co-chu-ky.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await page.getByTestId('document-member-list').getByText('✓ danh-sach-co-chu-ky.pdf').waitFor();
    await page.getByRole('button', { name: 'Nộp lại hồ sơ đã sửa đổi' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.locator('.page-title [data-status="under-review"]').count()).toBe(1);
    const amendments = page.getByRole('region', { name: 'Yêu cầu sửa đổi, bổ sung' });
    expect(await amendments.textContent()).toContain(`đã nộp lại ngày ${typed(today)}`);
    expect(await page.getByRole('button', { name: 'danh-sach-co-chu-ky.pdf' }).count()).toBe(1);
  });

  it('an officer opens a conversion campaign: the missing follow-up date is told at its field; the cohort is counted', async () => {
    const page = await open(USERS.officer.id);
    await openFromNav(page, 'Chuyển đổi', 'Chuyển đổi theo luật mới');
    const form = page.getByRole('form', { name: 'Mở đợt chuyển đổi' });
    const name = `Sửa đổi điều lệ theo Luật Hợp tác xã 2023 — Tân Yên ${serial}`;
    await form.getByLabel('Tên đợt').fill(name);
    await form.getByRole('button', { name: 'Mở đợt và ghi danh các hợp tác xã' }).click();
    const followUp = form.locator('[data-field="followUpBy"] .field-error');
    await followUp.waitFor();
    expect(await followUp.textContent()).toContain('đặt ngày theo dõi sau hôm nay');
    await screenshot(page, '19-campaign-refused');

    // Followed up in 30 days: the reminder due 30 days before the date goes out on enrolment.
    await form.getByLabel('Theo dõi đến ngày').fill(typed(addDays(today, 30)));
    await form.getByRole('button', { name: 'Mở đợt và ghi danh các hợp tác xã' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const enrolled = page.getByTestId('enrolled');
    await enrolled.filter({ hasText: /^\d+$/ }).waitFor({ timeout: 60_000 });
    const total = Number(await enrolled.textContent());
    expect(total).toBeGreaterThanOrEqual(LATE.length);
    const notStarted = page.locator('button[data-bucket="not-started"]');
    expect(await notStarted.textContent()).toBe(`Chưa bắt đầu: ${total}`);
    const chart = page.locator('figure.chart', { hasText: 'Tiến độ của các hợp tác xã trong đợt' });
    expect(await chart.locator('svg[role="img"]').count()).toBe(1);
    expect(await chart.locator('table tr', { hasText: 'Chưa bắt đầu' }).textContent()).toContain(String(total));
    await notStarted.click();
    const list = page.getByRole('table', { name: 'Danh sách hợp tác xã trong đợt' });
    for (const late of LATE) await list.getByRole('link', { name: late }).waitFor();
    await screenshot(page, '20-campaign-progress');

    await list.getByRole('link', { name: LATE[0] }).click();
    await page.getByRole('heading', { level: 1, name: LATE[0] }).waitFor();
    const finding = page.getByLabel('Kết quả: Vốn góp của một thành viên không vượt mức tối đa');
    await finding.selectOption('conforms');
    await page.getByRole('button', { name: 'Lưu kết quả rà soát' }).click();
    const item = page.locator('ol.checks li', { hasText: 'Vốn góp của một thành viên không vượt mức tối đa' });
    await item.locator('.badge', { hasText: 'Đã phù hợp' }).waitFor();
    await screenshot(page, '21-enrolment-checklist');

    const notices = page.getByRole('table', { name: 'Thông báo đã gửi hợp tác xã' });
    const reminder = notices.locator('tbody tr', { hasText: 'Nhắc chuyển đổi' });
    await eventually(
      async () => {
        if ((await reminder.filter({ hasText: 'Đã gửi tới' }).count()) === 1) return true;
        await page.reload();
        await page.getByRole('heading', { level: 1, name: LATE[0] }).waitFor();
        return undefined;
      },
      'the conversion reminder delivered',
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    expect((await reminder.locator('td').allTextContents()).map((cell) => cell.trim())).toEqual([
      typed(today),
      'Nhắc chuyển đổi',
      `htx0.${serial}@example.vn`,
      'Đã gửi tới',
      '1',
    ]);
    expect(
      mail.received.some(
        (message) => message.subject?.startsWith('Nhắc chuyển đổi') && message.subject.endsWith(LATE[0]),
      ),
    ).toBe(true);
    await screenshot(page, '21b-enrolment-notices');
  });

  it('an administrator previews a rule-pack correction and sees the cases it would change before saving', async () => {
    const page = await open(USERS.admin.id);
    await openFromNav(page, 'Bộ quy tắc', 'Bộ quy tắc theo luật');
    const row = page.locator('tr[data-parameter="dormancy.inactive-12m"]');
    expect(await row.textContent()).toContain('12 tháng');
    await row.getByRole('button').click();
    const form = page.getByRole('form', { name: /^Sửa tham số/ });
    const save = form.getByRole('button', { name: 'Lưu sửa đổi' });
    await form.getByLabel('Giá trị mới').fill('sáu');
    await form.getByLabel('Hiệu lực từ ngày').fill(typed(addMonths(today, -1)));
    await form.getByLabel('Lý do sửa').fill('Kiểm thử giao diện: rút ngắn thời hạn theo dõi còn 6 tháng.');
    await form.getByRole('button', { name: 'Xem trước ảnh hưởng' }).click();
    const valueProblem = form.locator('[data-field="value"] .field-error');
    await valueProblem.waitFor();
    expect(await valueProblem.textContent()).toContain('số nguyên dương');
    expect(await save.isDisabled()).toBe(true);

    await form.getByLabel('Giá trị mới').fill('6');
    await form.getByRole('button', { name: 'Xem trước ảnh hưởng' }).click();
    const preview = page.getByTestId('correction-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('12 tháng → 6 tháng');
    expect(await preview.getByTestId('preview-counts').textContent()).toMatch(
      /Đã xét \d+ hợp tác xã: [1-9]\d* có thời hạn thay đổi/,
    );
    const affected = preview.locator('tr', { hasText: fresh });
    expect(await affected.textContent()).toContain(typed(addMonths(today, 12)));
    expect(await affected.textContent()).toContain(typed(addMonths(today, 6)));
    expect(await save.isDisabled()).toBe(false);
    await screenshot(page, '22-rule-pack-preview');
    // Changing the correction after its preview asks for a new preview before it can be saved.
    await form.getByLabel('Giá trị mới').fill('7');
    expect(await save.isDisabled()).toBe(true);
  });

  it('an officer opens a voluntary dissolution from the record; its steps show what is due, on what basis, and what waits', async () => {
    const page = await open(USERS.officer.id);
    await page.goto(`${services.baseUrl}/app/cooperatives/${freshId}`);
    await page.getByRole('heading', { level: 1, name: fresh }).waitFor();
    await page.getByRole('button', { name: 'Mở thủ tục giải thể…' }).click();
    const form = page.getByRole('form', { name: 'Mở thủ tục giải thể' });
    await form.getByLabel('Ngày đại hội thông qua').fill(typed(today));
    await form.getByLabel('Số thành viên, đại biểu có mặt').fill('40');
    await form.getByLabel('Số tán thành').fill('20');
    await form.getByLabel('Số biên bản họp').fill('05/BB-ĐHTV');
    await form.getByRole('button', { name: 'Mở thủ tục' }).click();
    const votes = form.locator('[data-field="resolution.votesFor"] .field-error');
    await votes.waitFor();
    expect(await votes.textContent()).toContain('cần ít nhất 30/40 tán thành');

    await form.getByLabel('Số tán thành').fill('36');
    await form.getByRole('button', { name: 'Mở thủ tục' }).click();
    await page.getByRole('heading', { level: 1, name: `Giải thể tự nguyện: ${fresh}` }).waitFor();
    const publication = page.locator('li[data-step="publication"]');
    expect(await publication.getAttribute('data-step-status')).toBe('due');
    expect(await publication.textContent()).toMatch(/Hạn: \d{2}\/\d{2}\/\d{4}/);
    expect(await publication.locator('.legal-basis').textContent()).not.toBe('');
    const settled = page.locator('li[data-step="debts-settled"]');
    expect(await settled.getAttribute('data-step-status')).toBe('waiting');
    expect(await settled.textContent()).toContain(
      'Chờ xong: Đăng tải và chuyển tình trạng "đang làm thủ tục giải thể"',
    );
    await screenshot(page, '23-dissolution-case');

    await openFromNav(page, 'Giải thể', 'Giải thể, thu hồi giấy chứng nhận');
    const row = page.locator('tr', { has: page.getByRole('link', { name: fresh }) });
    expect(await row.textContent()).toContain('Giải thể tự nguyện');
    expect(await row.textContent()).toContain('Đang thực hiện');
  });

  it('the reports page and the dashboards draw their charts from the api', async () => {
    const page = await open(USERS.head.id);
    await openFromNav(page, 'Báo cáo', 'Báo cáo');
    const overdueTable = page.getByRole('table', { name: 'Danh sách quá hạn, lâu nhất trước' });
    // Registered long ago and tracked from today: last year's latest reminder and the warning went out at once.
    const lateRow = overdueTable.locator('tr', { hasText: LATE[1] });
    await eventually(
      async () => {
        if ((await lateRow.filter({ hasText: 'Cảnh báo quá hạn (60 ngày sau hạn)' }).count()) > 0) return true;
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Báo cáo' }).waitFor();
        await page.getByTestId('overdue-count').waitFor();
        return undefined;
      },
      'the silent cooperatives listed as overdue, with their notices',
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    expect(await lateRow.textContent()).toContain('Nhắc lần 1 (30 ngày sau hạn)');
    expect(await lateRow.textContent()).not.toContain('reminder+');
    const byTerritory = page.locator('figure.chart', { hasText: 'Báo cáo năm quá hạn theo địa bàn' });
    expect(await byTerritory.locator('svg[role="img"]').count()).toBe(1);
    const shown = Number(/^(\d+)/.exec((await page.getByTestId('overdue-count').textContent()) ?? '')?.[1]);
    expect(await byTerritory.locator('table tr', { hasText: 'Huyện Tân Yên' }).locator('td').textContent()).toBe(
      String(shown),
    );
    expect(await page.getByTestId('annual-aggregate').textContent()).toContain('Số hợp tác xã trong sổ');
    await screenshot(page, '24-reports');

    await openFromNav(page, 'Bảng số liệu', 'Bảng số liệu');
    for (const title of [
      'Hợp tác xã theo tình trạng',
      'Báo cáo năm quá hạn theo địa bàn',
      'Chuyển đổi: tỷ lệ hợp tác xã đã phù hợp, theo đợt',
    ]) {
      expect(await page.locator('figure.chart', { hasText: title }).locator('svg[role="img"]').count()).toBe(1);
    }
    const history = page.locator('figure.chart', { hasText: 'Báo cáo năm qua các năm' });
    expect(await history.locator('svg[role="img"] rect').count()).toBeGreaterThan(0);
    const years = history.getByRole('table', { name: 'Báo cáo năm qua các năm: đúng hạn, trễ hạn, chưa nộp' });
    expect(await years.locator('thead th').allTextContents()).toEqual([
      'Năm báo cáo',
      'Nộp đúng hạn',
      'Nộp trễ hạn',
      'Quá hạn chưa nộp',
      'Chưa đến hạn',
    ]);
    expect(await years.locator('tbody th').allTextContents()).toHaveLength(5);
    // The two silent cooperatives have not filed last year's report.
    const [, , notFiled] = await years
      .locator('tr', { hasText: String(lastYear) })
      .locator('td')
      .allTextContents();
    expect(Number(notFiled)).toBeGreaterThanOrEqual(LATE.length);
    const targets = page.getByRole('form', { name: 'Đặt chỉ tiêu Huyện Tân Yên' });
    await targets.getByLabel('Hợp tác xã thành lập mới trong năm: chỉ tiêu').fill('4');
    await targets.getByLabel('Nguồn chỉ tiêu: Hợp tác xã thành lập mới trong năm').fill('Kế hoạch 114/KH-UBND');
    await targets.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    const achieved = page.locator('figure.chart', { hasText: `Mức đạt chỉ tiêu năm ${today.slice(0, 4)}` });
    await achieved.locator('svg[role="img"]').waitFor();
    expect(await achieved.locator('table tr').first().textContent()).toContain('Hợp tác xã thành lập mới trong năm');
    expect(
      await page
        .getByRole('table', { name: /^Chỉ tiêu và kết quả/ })
        .locator('tr', { hasText: 'thành lập mới' })
        .textContent(),
    ).toContain('Kế hoạch 114/KH-UBND');
    await screenshot(page, '25-dashboards-targets');
  });

  it('an auditor reads the new screens without their action buttons', async () => {
    const page = await open(USERS.auditor.id);
    const nav = await page.getByRole('navigation').textContent();
    expect(nav).toContain('Chuyển đổi');
    expect(nav).toContain('Bộ quy tắc');
    expect(nav).not.toContain('Nhập sổ đăng ký');
    await openFromNav(page, 'Hồ sơ thành lập', 'Hồ sơ đăng ký thành lập');
    expect(await page.getByRole('link', { name: 'Nhận hồ sơ mới' }).count()).toBe(0);
    await openFromNav(page, 'Chuyển đổi', 'Chuyển đổi theo luật mới');
    await page
      .getByRole('link', { name: /^Sửa đổi điều lệ theo Luật Hợp tác xã 2023/ })
      .first()
      .waitFor();
    expect(await page.getByRole('form', { name: 'Mở đợt chuyển đổi' }).count()).toBe(0);
    await openFromNav(page, 'Bộ quy tắc', 'Bộ quy tắc theo luật');
    expect(await page.locator('tr[data-parameter]').count()).toBeGreaterThan(10);
    expect(await page.getByRole('button', { name: /^Sửa/ }).count()).toBe(0);
    await openFromNav(page, 'Bảng số liệu', 'Bảng số liệu');
    expect(await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).count()).toBe(0);
    await page.goto(`${services.baseUrl}/app/cooperatives/${await idOf(LATE[0])}`);
    await page.getByRole('heading', { level: 1, name: LATE[0] }).waitFor();
    await page.getByTestId('chain-verification').waitFor();
    expect(await page.getByRole('button', { name: 'Mở thủ tục giải thể…' }).count()).toBe(0);
    await page.goto(`${services.baseUrl}/app/cooperatives/${freshId}`);
    await page.getByRole('link', { name: 'Giải thể tự nguyện' }).click();
    await page.getByRole('heading', { level: 1, name: `Giải thể tự nguyện: ${fresh}` }).waitFor();
    expect(await page.locator('li[data-step]').count()).toBeGreaterThan(1);
    expect(await page.getByRole('button', { name: 'Ghi nhận…' }).count()).toBe(0);
    await screenshot(page, '26-auditor-dissolution');
  });
});
