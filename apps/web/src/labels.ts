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

/** A label, or the code itself for a value this build does not name yet. */
export const labelOf = (labels: Record<string, LocalizedText>, code: string): LocalizedText =>
  labels[code] ?? { vi: code, en: code };
