import type { CouncilMember } from '../api/shapes';
import { useI18n } from '../i18n';
import { COUNCIL_ROLE_LABELS } from '../labels';
import { Field, FieldProblems, LabelOptions, problemsFor } from '../ui';

const emptyCouncilMember = (): CouncilMember => ({ name: '', role: 'board', organisation: '' });

/** A dissolution council, one member a row (name, seat, organisation), with the api's problems at each field. */
export function CouncilEditor({
  members,
  error,
  onChange,
}: {
  members: CouncilMember[];
  error: unknown;
  onChange: (members: CouncilMember[]) => void;
}) {
  const { t } = useI18n();
  const change = (index: number, member: CouncilMember) =>
    onChange(members.map((current, at) => (at === index ? member : current)));
  return (
    <fieldset>
      <legend>{t('Hội đồng giải thể', 'Dissolution council')}</legend>
      <FieldProblems problems={problemsFor(error, 'council').filter((problem) => problem.field === 'council')} />
      {members.map((member, index) => {
        const number = index + 1;
        return (
          <div className="row-fields" key={index}>
            <Field
              label={t(`Thành viên hội đồng ${number}`, `Council member ${number}`)}
              field={`council[${index}].name`}
              error={error}
            >
              {(control) => (
                <input
                  {...control}
                  value={member.name}
                  onChange={(event) => change(index, { ...member, name: event.target.value })}
                />
              )}
            </Field>
            <Field label={t(`Vị trí ${number}`, `Seat ${number}`)} field={`council[${index}].role`} error={error}>
              {(control) => (
                <select
                  {...control}
                  value={member.role}
                  onChange={(event) => change(index, { ...member, role: event.target.value })}
                >
                  <LabelOptions labels={COUNCIL_ROLE_LABELS} />
                </select>
              )}
            </Field>
            <Field
              label={t(`Cơ quan, tổ chức ${number}`, `Organisation ${number}`)}
              field={`council[${index}].organisation`}
              error={error}
            >
              {(control) => (
                <input
                  {...control}
                  value={member.organisation}
                  onChange={(event) => change(index, { ...member, organisation: event.target.value })}
                />
              )}
            </Field>
            <button type="button" onClick={() => onChange(members.filter((_, at) => at !== index))}>
              {t(`Bỏ thành viên hội đồng ${number}`, `Remove council member ${number}`)}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...members, emptyCouncilMember()])}>
        {t('Thêm thành viên hội đồng', 'Add a council member')}
      </button>
    </fieldset>
  );
}
