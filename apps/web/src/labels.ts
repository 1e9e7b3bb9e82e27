// Names the api sends as codes only (it labels most values itself: statusLabel, kindLabel, …).
import type { LocalizedText } from './i18n';

const text = (vi: string, en: string): LocalizedText => ({ vi, en });

export const ROLE_LABELS: Record<string, LocalizedText> = {
  'registration-officer': text('Cán bộ đăng ký', 'Registration officer'),
  'head-of-authority': text('Lãnh đạo cơ quan đăng ký', 'Head of the registration authority'),
  auditor: text('Thanh tra, kiểm tra', 'Auditor / inspector'),
  'cooperative-representative': text('Người đại diện hợp tác xã', 'Cooperative representative'),
  administrator: text('Quản trị hệ thống', 'Administrator'),
  system: text('Hệ thống', 'System'),
};

export const COOPERATIVE_STATUS_LABELS: Record<string, LocalizedText> = {
  active: text('Đang hoạt động', 'Active'),
  suspended: text('Tạm ngừng hoạt động', 'Suspended'),
  dissolving: text('Đang giải thể', 'Dissolving'),
  dissolved: text('Đã giải thể', 'Dissolved'),
  revoked: text('Bị thu hồi giấy chứng nhận', 'Certificate revoked'),
  'converted-out': text('Đã chuyển đổi', 'Converted'),
};

export const TASK_KIND_LABELS: Record<string, LocalizedText> = {
  'establishment-review': text('Thẩm định hồ sơ thành lập', 'Establishment review'),
  'establishment-decision': text('Quyết định đăng ký thành lập', 'Establishment decision'),
  'dormancy-review': text('Xem xét ngừng hoạt động', 'Dormancy review'),
  'support-approval': text('Duyệt hỗ trợ thành lập', 'Support approval'),
  'report-follow-up': text('Đôn đốc báo cáo năm', 'Annual report follow-up'),
  'report-cascade': text('Tổng hợp báo cáo năm gửi cấp trên', 'Yearly report up the ladder'),
  'dissolution-step': text('Bước giải thể', 'Dissolution step'),
  'dissolution-decision': text('Quyết định trong thủ tục giải thể', 'Dissolution decision'),
  'dissolution-follow-up': text('Quá hạn giải thể', 'Dissolution deadline missed'),
  'conversion-sign-off': text('Xác nhận chuyển đổi theo luật mới', 'Conversion sign-off'),
  'conversion-overdue': text('Quá hạn chuyển đổi', 'Conversion overdue'),
};

export const TASK_STATUS_LABELS: Record<string, LocalizedText> = {
  open: text('Chưa nhận', 'Open'),
  claimed: text('Đang xử lý', 'Claimed'),
  completed: text('Đã quyết định', 'Decided'),
  cancelled: text('Đã hủy', 'Cancelled'),
  expired: text('Hết hạn', 'Expired'),
};

export const APPLICATION_STATUS_LABELS: Record<string, LocalizedText> = {
  'under-review': text('Đang thẩm định', 'Under review'),
  'amendments-requested': text('Chờ sửa đổi, bổ sung', 'Amendments requested'),
  'awaiting-decision': text('Chờ lãnh đạo quyết định', 'Awaiting decision'),
  approved: text('Đã cấp giấy chứng nhận', 'Approved'),
  refused: text('Bị từ chối', 'Refused'),
  lapsed: text('Hết hiệu lực', 'Lapsed'),
};

export const GROUND_LABELS: Record<string, LocalizedText> = {
  'inactive-12m': text('Không hoạt động 12 tháng liên tục', 'Not operating for 12 consecutive months'),
  'below-minimum-12m': text(
    'Không đủ số thành viên tối thiểu 12 tháng liên tục',
    'Below the minimum number of members for 12 consecutive months',
  ),
  'no-general-meeting-18m': text(
    'Không tổ chức đại hội thành viên thường niên 18 tháng liên tục',
    'No annual general meeting for 18 consecutive months',
  ),
};

export const DORMANCY_STAGE_LABELS: Record<string, LocalizedText> = {
  'under-review': text('Đang xem xét', 'Under review'),
  'evidence-requested': text('Chờ hợp tác xã nộp bằng chứng', 'Waiting for evidence'),
  confirmed: text('Đã xác nhận ngừng hoạt động', 'Confirmed dormant'),
};

export const SUPPORT_KIND_LABELS: Record<string, LocalizedText> = {
  'founder-training': text('Đào tạo sáng lập viên', 'Founder training'),
  guidance: text('Tư vấn thành lập', 'Guidance'),
  grant: text('Hỗ trợ kinh phí', 'Grant'),
  other: text('Hỗ trợ khác', 'Other support'),
};

export const EVENT_LABELS: Record<string, LocalizedText> = {
  ApplicationSubmitted: text('Nộp hồ sơ đăng ký', 'Dossier filed'),
  ApplicationAmendmentRequested: text('Yêu cầu sửa đổi, bổ sung hồ sơ', 'Amendments requested'),
  ApplicationResubmitted: text('Nộp lại hồ sơ', 'Dossier resubmitted'),
  ApplicationReviewed: text('Thẩm định xong hồ sơ', 'Dossier reviewed'),
  ApplicationApproved: text('Cấp giấy chứng nhận đăng ký', 'Registration approved'),
  ApplicationRefused: text('Từ chối đăng ký', 'Registration refused'),
  ApplicationLapsed: text('Hồ sơ hết hiệu lực', 'Dossier lapsed'),
  CooperativeRegistered: text('Vào sổ đăng ký', 'Entered in the registry'),
  AnnualReportFiled: text('Nộp báo cáo năm', 'Annual report filed'),
  GeneralMeetingHeld: text('Tổ chức đại hội thành viên', 'General meeting held'),
  MemberCountChanged: text('Thay đổi số thành viên', 'Member count changed'),
  OperatingActivityRecorded: text('Ghi nhận hoạt động', 'Operating activity recorded'),
  SuspensionNoticed: text('Thông báo tạm ngừng hoạt động', 'Suspension notified'),
  SuspensionStarted: text('Bắt đầu tạm ngừng hoạt động', 'Suspension started'),
  SuspensionEnded: text('Kết thúc tạm ngừng hoạt động', 'Suspension ended'),
  ResumptionNoticed: text('Thông báo hoạt động trở lại', 'Resumption notified'),
  DormancyFlagged: text('Phát hiện dấu hiệu ngừng hoạt động', 'Flagged as dormant'),
  DormancyConfirmed: text('Xác nhận ngừng hoạt động', 'Dormancy confirmed'),
  DormancyDismissed: text('Bác dấu hiệu ngừng hoạt động', 'Dormancy dismissed'),
  DormancyEvidenceRequested: text('Yêu cầu nộp bằng chứng hoạt động', 'Evidence requested'),
  DormancyEvidenceOverdue: text('Quá hạn nộp bằng chứng', 'Evidence overdue'),
  DormancyResolvedByEvidence: text('Đã có bằng chứng hoạt động', 'Resolved by evidence'),
  SupportRequested: text('Đề nghị hỗ trợ', 'Support requested'),
  SupportApproved: text('Duyệt hỗ trợ', 'Support approved'),
  SupportRefused: text('Từ chối hỗ trợ', 'Support refused'),
  SupportDisbursed: text('Giải ngân hỗ trợ', 'Support disbursed'),
  TaskOpened: text('Mở công việc', 'Task opened'),
  TaskClaimed: text('Nhận công việc', 'Task claimed'),
  TaskUnclaimed: text('Trả lại công việc', 'Task released'),
  TaskAssigned: text('Giao công việc', 'Task assigned'),
  TaskDecided: text('Quyết định công việc', 'Task decided'),
  TaskEscalated: text('Chuyển lãnh đạo do quá hạn', 'Task escalated'),
  TaskReminderSent: text('Gửi nhắc việc', 'Reminder sent'),
  TaskCancelled: text('Hủy công việc', 'Task cancelled'),
  TaskExpired: text('Công việc hết hạn', 'Task expired'),
};

export const COOPERATIVE_KIND_LABELS: Record<string, LocalizedText> = {
  cooperative: text('Hợp tác xã', 'Cooperative'),
  union: text('Liên hiệp hợp tác xã', 'Union of cooperatives'),
  group: text('Tổ hợp tác', 'Cooperative group'),
};

export const SECTOR_LABELS: Record<string, LocalizedText> = {
  agriculture: text('Nông, lâm, ngư nghiệp, diêm nghiệp', 'Agriculture, forestry, fishery, salt'),
  'industry-handicraft': text('Công nghiệp, tiểu thủ công nghiệp', 'Industry and handicraft'),
  construction: text('Xây dựng', 'Construction'),
  'trade-services': text('Thương mại, dịch vụ', 'Trade and services'),
  transport: text('Vận tải', 'Transport'),
  credit: text('Quỹ tín dụng nhân dân', "People's credit fund"),
  utilities: text('Điện, nước, vệ sinh môi trường', 'Electricity, water, sanitation'),
  tourism: text('Du lịch', 'Tourism'),
  other: text('Lĩnh vực khác', 'Other'),
};

export const MEMBER_TYPE_LABELS: Record<string, LocalizedText> = {
  individual: text('Cá nhân', 'Individual'),
  household: text('Hộ gia đình', 'Household'),
  'legal-entity': text('Pháp nhân', 'Legal entity'),
  cooperative: text('Hợp tác xã', 'Cooperative'),
};

export const MEMBERSHIP_LABELS: Record<string, LocalizedText> = {
  official: text('Thành viên chính thức', 'Official member'),
  associate: text('Thành viên liên kết góp vốn', 'Associate member'),
};

export const DOCUMENT_KIND_LABELS: Record<string, LocalizedText> = {
  'application-form': text('Giấy đề nghị đăng ký', 'Application form'),
  charter: text('Điều lệ', 'Charter'),
  'business-plan': text('Phương án sản xuất, kinh doanh', 'Business plan'),
  'member-list': text(
    'Danh sách thành viên, Hội đồng quản trị, giám đốc, Ban kiểm soát',
    'List of members, board, director and control board',
  ),
  'founding-resolution': text('Nghị quyết hội nghị thành lập', 'Founding-conference resolution'),
  'cooperation-contract': text('Hợp đồng hợp tác', 'Cooperation contract'),
  other: text('Giấy tờ khác', 'Other document'),
};

export const DISSOLUTION_KIND_LABELS: Record<string, LocalizedText> = {
  voluntary: text('Giải thể tự nguyện', 'Voluntary dissolution'),
  compulsory: text('Giải thể bắt buộc', 'Compulsory dissolution'),
  revocation: text('Thu hồi giấy chứng nhận đăng ký', 'Revocation of the registration certificate'),
  court: text('Giải thể theo quyết định của Tòa án', 'Dissolution by court decision'),
};

/** The grounds an officer names when opening a compulsory case (2012 Law) or a revocation (2023 Law). */
export const DISSOLUTION_GROUND_LABELS: Record<string, LocalizedText> = {
  ...GROUND_LABELS,
  'certificate-revoked': text('Bị thu hồi giấy chứng nhận đăng ký', 'Registration certificate revoked'),
  'court-decision': text('Quyết định giải thể của Tòa án', 'Court decision to dissolve'),
  'falsified-dossier': text('Hồ sơ đăng ký giả mạo', 'Falsified registration dossier'),
  'tax-enforcement': text('Theo yêu cầu của cơ quan thuế', 'At the tax authority’s request'),
};

export const DISSOLUTION_STAGE_LABELS: Record<string, LocalizedText> = {
  open: text('Đang thực hiện', 'Open'),
  dissolved: text('Đã giải thể', 'Dissolved'),
  dropped: text('Đã dừng', 'Dropped'),
};

export const STEP_STATUS_LABELS: Record<string, LocalizedText> = {
  waiting: text('Chờ bước trước', 'Waiting for earlier steps'),
  due: text('Đang đến hạn', 'Due'),
  done: text('Đã xong', 'Done'),
  superseded: text('Không còn áp dụng', 'Superseded'),
};

export const COUNCIL_ROLE_LABELS: Record<string, LocalizedText> = {
  chair: text('Chủ tịch hội đồng (đại diện Ủy ban nhân dân)', 'Chair (People’s Committee)'),
  'standing-member': text('Ủy viên thường trực (cơ quan đăng ký)', 'Standing member (registration authority)'),
  'sector-agency': text('Đại diện cơ quan chuyên ngành', 'Sector agency'),
  'cooperative-alliance': text('Đại diện Liên minh hợp tác xã', 'Cooperative alliance'),
  'commune-committee': text('Đại diện Ủy ban nhân dân cấp xã', 'Commune People’s Committee'),
  board: text('Đại diện hội đồng quản trị', 'Board of directors'),
  supervisory: text('Đại diện ban kiểm soát, kiểm soát viên', 'Supervisory board or controller'),
  executive: text('Đại diện ban điều hành', 'Executive board'),
  members: text('Đại diện thành viên', 'Members'),
};

export const CONVERSION_TARGET_LABELS: Record<string, LocalizedText> = {
  'law-2023': text('Luật Hợp tác xã 2023', 'Law on Cooperatives 2023'),
  'law-2012': text('Luật Hợp tác xã 2012', 'Law on Cooperatives 2012'),
};

export const GAP_STATUS_LABELS: Record<string, LocalizedText> = {
  unknown: text('Chưa rà soát', 'Not reviewed'),
  conforms: text('Đã phù hợp', 'Conforms'),
  gap: text('Chưa phù hợp', 'Does not conform'),
};

export const CONVERSION_EVIDENCE_LABELS: Record<string, LocalizedText> = {
  'amended-charter': text('Điều lệ sửa đổi', 'Amended charter'),
  're-registration': text('Đăng ký lại (tổ hợp tác)', 'Re-registration (cooperative group)'),
};

/** The notices a conversion mails the cooperative. */
export const CONVERSION_NOTICE_KIND_LABELS: Record<string, LocalizedText> = {
  reminder: text('Nhắc chuyển đổi', 'Reminder to convert'),
  overdue: text('Thông báo quá hạn chuyển đổi', 'Conversion overdue notice'),
  violation: text('Thông báo vi phạm (điều lệ chưa phù hợp)', 'Violation notice (charter does not conform)'),
};

export const NOTICE_STATUS_LABELS: Record<string, LocalizedText> = {
  pending: text('Đang gửi', 'Sending'),
  delivered: text('Đã gửi tới', 'Delivered'),
  bounced: text('Bị trả lại', 'Bounced'),
  failed: text('Gửi lỗi', 'Failed'),
  'no-address': text('Không có địa chỉ', 'No address'),
};

/** A label, or the code itself for a value this build does not name yet. */
export const labelOf = (labels: Record<string, LocalizedText>, code: string): LocalizedText =>
  labels[code] ?? { vi: code, en: code };
