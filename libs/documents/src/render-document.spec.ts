import { readBack } from '../../../test/support/pdf-text';
import { formatVnd, renderDocument, vietnameseLongDate, type AdministrativeDocument } from './index';
import { shareWidth } from './table';

const COOPERATIVE = 'Hợp tác xã Nông nghiệp Ngọc Vân';
const REPRESENTATIVE = 'Đỗ Minh Quân';

const ISSUER = { lines: ['UBND huyện Tân Yên', 'Phòng Tài chính - Kế hoạch'] };
const SIGNATURE = { capacity: 'KT. Trưởng phòng', title: 'Phó Trưởng phòng', name: 'Nguyễn Thị Hồng Nhung' };

const certificate: AdministrativeDocument = {
  issuer: ISSUER,
  number: '216-2026-0001/GCN',
  place: 'Tân Yên',
  date: '2026-11-22',
  title: 'Giấy chứng nhận đăng ký hợp tác xã',
  // Decomposed tone marks, as some keyboards and browsers send them.
  subtitle: 'Đăng ký lần đầu'.normalize('NFD'),
  basis: [
    'Căn cứ Luật Hợp tác xã ngày 20 tháng 11 năm 2012;',
    'Căn cứ Nghị định số 193/2013/NĐ-CP ngày 21 tháng 11 năm 2013 của Chính phủ quy định chi tiết một số điều của Luật Hợp tác xã;',
  ],
  body: [
    { kind: 'paragraph', text: 'Chứng nhận:', bold: true },
    {
      kind: 'fields',
      rows: [
        { label: 'Tên hợp tác xã', value: COOPERATIVE },
        { label: 'Mã số hợp tác xã', value: '2400987654' },
        { label: 'Người đại diện theo pháp luật', value: REPRESENTATIVE },
        { label: 'Vốn điều lệ', value: formatVnd(350_000_000) },
      ],
    },
    {
      kind: 'table',
      headers: ['STT', 'Họ và tên thành viên sáng lập', 'Địa chỉ thường trú'],
      rows: [
        [
          '1',
          REPRESENTATIVE,
          'Thôn Ngọc Vân, xã Ngọc Vân, huyện Tân Yên, tỉnh Bắc Giang, nơi thành viên sinh sống lâu năm',
        ],
        ['2', 'Trần Văn Được', 'Thôn Đồng Lạc, xã Ngọc Vân'],
      ],
    },
    {
      kind: 'paragraph',
      text: 'Hợp tác xã có trách nhiệm thực hiện đúng điều lệ và được hưởng các chính sách ưu đãi theo quy định của pháp luật.',
    },
  ],
  signature: { ...SIGNATURE, note: '(Đã ký)' },
  recipients: ['Hợp tác xã Nông nghiệp Ngọc Vân;', 'UBND xã Ngọc Vân;', 'Lưu: VT.'],
  footnote: 'Căn cứ pháp lý chưa được đối chiếu với văn bản gốc.',
};

const reasons = Array.from(
  { length: 24 },
  (_, index) =>
    `Lý do thứ ${index + 1}: hồ sơ chưa thể hiện đầy đủ thông tin theo mẫu quy định, đề nghị hợp tác xã bổ sung và thực hiện lại thủ tục đăng ký.`,
);

const refusal: AdministrativeDocument = {
  issuer: ISSUER,
  number: null,
  place: 'Tân Yên',
  date: '2026-03-05',
  title: 'Thông báo',
  subtitle: 'V/v từ chối đăng ký thành lập hợp tác xã',
  basis: [],
  body: [
    { kind: 'paragraph', text: `Kính gửi: Ông ${REPRESENTATIVE}, người đại diện ${COOPERATIVE}.` },
    { kind: 'list', items: reasons },
  ],
  signature: { capacity: 'Trưởng phòng', title: 'Trưởng phòng', name: REPRESENTATIVE },
  recipients: ['Như trên;', 'Lưu: VT.'],
};

describe('renderDocument', () => {
  it('renders a one-page certificate whose Vietnamese text reads back exactly', async () => {
    const pdf = await renderDocument(certificate);
    const { pieces, text, pages } = await readBack(pdf);

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toBe(1);
    // Issuer and national name side by side on the first line.
    expect(pieces.slice(0, 2)).toEqual(['UBND HUYỆN TÂN YÊN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(pieces).toEqual(
      expect.arrayContaining([
        'PHÒNG TÀI CHÍNH - KẾ HOẠCH',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 216-2026-0001/GCN',
        'Tân Yên, ngày 22 tháng 11 năm 2026',
        'GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ',
        'Đăng ký lần đầu',
        'Căn cứ Luật Hợp tác xã ngày 20 tháng 11 năm 2012;',
        `Tên hợp tác xã: ${COOPERATIVE}`,
        `Người đại diện theo pháp luật: ${REPRESENTATIVE}`,
        'Vốn điều lệ: 350.000.000 đồng',
        'Họ và tên thành viên sáng lập',
        REPRESENTATIVE,
        'Trần Văn Được',
        'Nơi nhận:',
        '- Hợp tác xã Nông nghiệp Ngọc Vân;',
        'KT. TRƯỞNG PHÒNG',
        'PHÓ TRƯỞNG PHÒNG',
        '(Đã ký)',
        'Nguyễn Thị Hồng Nhung',
        'Căn cứ pháp lý chưa được đối chiếu với văn bản gốc.',
      ]),
    );
    expect(text).toContain(
      'Thôn Ngọc Vân, xã Ngọc Vân, huyện Tân Yên, tỉnh Bắc Giang, nơi thành viên sinh sống lâu năm',
    );
    expect(text).toContain(
      'Hợp tác xã có trách nhiệm thực hiện đúng điều lệ và được hưởng các chính sách ưu đãi theo quy định của pháp luật.',
    );
  });

  it('flows a long notice onto a second page and numbers it (the first page carries no number)', async () => {
    const { pieces, text, pages } = await readBack(await renderDocument(refusal));

    expect(pages).toBe(2);
    expect(pieces).toEqual(
      expect.arrayContaining([
        'Số: ..........',
        'Tân Yên, ngày 05 tháng 3 năm 2026',
        'THÔNG BÁO',
        'V/v từ chối đăng ký thành lập hợp tác xã',
        '24.',
        'TRƯỞNG PHÒNG',
        REPRESENTATIVE,
      ]),
    );
    expect(pieces.filter((piece) => /^\d$/.test(piece))).toEqual(['2']);
    expect(text).toContain(`Kính gửi: Ông ${REPRESENTATIVE}, người đại diện ${COOPERATIVE}.`);
    expect(text).toContain(`24. ${reasons[23]}`);
  });

  it('renders the same document to the same bytes, dated by the document', async () => {
    const first = await renderDocument(certificate);
    const second = await renderDocument(certificate);
    const redated = await renderDocument({ ...certificate, date: '2026-11-23' });

    expect(first.equals(second)).toBe(true);
    expect(first.equals(redated)).toBe(false);
    // CreationDate and ModDate: midnight in Vietnam (UTC+7) on 22 November 2026.
    expect(first.toString('latin1').match(/\(D:\d{14}Z\)/g)).toEqual(['(D:20261121170000Z)', '(D:20261121170000Z)']);
  });

  it('refuses a date that is not on the calendar', async () => {
    await expect(renderDocument({ ...certificate, date: '2026-02-30' })).rejects.toThrow(RangeError);
  });

  it('refuses a table row with more cells than headers', async () => {
    const table = { kind: 'table', headers: ['STT'], rows: [['1', 'thừa']] } as const;
    await expect(renderDocument({ ...certificate, body: [table] })).rejects.toThrow(RangeError);
  });
});

describe('vietnameseLongDate', () => {
  it.each([
    ['2026-03-05', 'Tân Yên', 'Tân Yên, ngày 05 tháng 3 năm 2026'],
    ['2026-11-22', 'Bắc Giang', 'Bắc Giang, ngày 22 tháng 11 năm 2026'],
    ['2027-01-31', 'Hà Nội', 'Hà Nội, ngày 31 tháng 01 năm 2027'],
  ])('writes %s in %s as "%s"', (date, place, expected) => {
    expect(vietnameseLongDate(date, place)).toBe(expected);
  });

  it.each(['2026-02-29', '2026-3-5', '05/03/2026'])('refuses %s', (date) => {
    expect(() => vietnameseLongDate(date, 'Tân Yên')).toThrow(RangeError);
  });
});

describe('formatVnd', () => {
  it.each([
    [350_000_000, '350.000.000 đồng'],
    [1_000, '1.000 đồng'],
    [999, '999 đồng'],
    [0, '0 đồng'],
    [12_345_678_901, '12.345.678.901 đồng'],
    [-1_500_000, '-1.500.000 đồng'],
  ])('writes %d as "%s"', (amount, expected) => {
    expect(formatVnd(amount)).toBe(expected);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d, which is not a whole number of đồng', (amount) => {
    expect(() => formatVnd(amount)).toThrow(RangeError);
  });
});

describe('table column widths', () => {
  it('widens every column in proportion when the content fits', () => {
    expect(shareWidth([50, 150], 400)).toEqual([100, 300]);
  });

  it('gives a narrow column what it needs and splits the rest among the wide ones', () => {
    expect(shareWidth([30, 600, 300], 450)).toEqual([30, 280, 140]);
  });
});
