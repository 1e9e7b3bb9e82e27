import { ladderStepText } from '../../apps/web/src/ladder-steps';

describe('a reminder-ladder step in words', () => {
  const sent = ['reminder-15', 'reminder+0', 'reminder+15', 'reminder+30', 'warning+60'];

  it('numbers a reminder among those sent and says how far it is from the deadline', () => {
    expect(ladderStepText('reminder+15', sent)).toEqual({
      vi: 'Nhắc lần 3 (15 ngày sau hạn)',
      en: 'Reminder 3 (15 days after the deadline)',
    });
    expect(ladderStepText('reminder-15', sent)).toEqual({
      vi: 'Nhắc lần 1 (15 ngày trước hạn)',
      en: 'Reminder 1 (15 days before the deadline)',
    });
    expect(ladderStepText('reminder+0', sent).vi).toBe('Nhắc lần 2 (đúng hạn)');
  });

  it('counts only the reminders that went out (earlier ones skipped when tracking began late)', () => {
    expect(ladderStepText('reminder+30', ['reminder+30', 'warning+60']).en).toBe(
      'Reminder 1 (30 days after the deadline)',
    );
  });

  it('names the follow-up and the warning, and gives back a code it cannot read', () => {
    expect(ladderStepText('warning+60', sent)).toEqual({
      vi: 'Cảnh báo quá hạn (60 ngày sau hạn)',
      en: 'Overdue warning (60 days after the deadline)',
    });
    expect(ladderStepText('follow-up+1', sent).en).toBe('Officer follow-up (1 day after the deadline)');
    expect(ladderStepText('summons+5', sent)).toEqual({ vi: 'summons+5', en: 'summons+5' });
  });
});
