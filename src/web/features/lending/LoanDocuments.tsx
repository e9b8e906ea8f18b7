import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanDetail } from '../../../shared/contracts/loans.js';
import { loanDocumentKinds, loanDocumentMaxBytes, type LoanDocumentKind } from '../../../shared/enums.js';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { useFormatDate } from '../../components/use-format-date';
import { useAddLoanDocument } from './loans-queries';
import { field } from './field-names';

const accept = 'image/jpeg,image/png,image/webp,application/pdf';

/** The prescription, the oximeter photo, the ID: kept with the loan (type and size checked by the server too). */
export function LoanDocuments({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const formatTime = useFormatDate({ dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="panel" aria-labelledby="loan-documents">
      <h2 id="loan-documents">{t('lending.documents.heading')}</h2>
      {loan.documents.length === 0 ? (
        <p>{t('lending.documents.none')}</p>
      ) : (
        <ul className="plain-list">
          {loan.documents.map((doc) => (
            <li key={doc.id}>
              <a href={doc.url} target="_blank" rel="noreferrer">
                {t(`lending.documentKind.${doc.kind}`)}
              </a>{' '}
              <span className="field-hint">
                {t('lending.event.byAt', {
                  name: doc.uploadedBy ?? t('lending.event.system'),
                  time: formatTime(doc.uploadedAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {loan.can.addDocument ? <UploadForm loanId={loan.id} /> : null}
    </section>
  );
}

function UploadForm({ loanId }: { loanId: string }) {
  const { t } = useTranslation();
  const upload = useAddLoanDocument(loanId);
  const [kind, setKind] = useState<LoanDocumentKind>('prescription');
  const [tooLarge, setTooLarge] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    // Said at once rather than after eight megabytes went up a slow line; the server checks again.
    setTooLarge(file.size > loanDocumentMaxBytes);
    if (file.size > loanDocumentMaxBytes) return;
    upload.mutate(
      { kind, file },
      {
        onSuccess: () => {
          if (input.current) input.current.value = '';
        },
      },
    );
  };
  return (
    <form className="form lending-action" onSubmit={onSubmit} aria-busy={upload.isPending}>
      {upload.isError ? <ProblemAlert error={upload.error} /> : null}
      <div className="field-row">
        <SelectField
          label={t('lending.documents.kind')}
          name={field.kind}
          value={kind}
          onChange={(e) => setKind(e.target.value as LoanDocumentKind)}
        >
          {loanDocumentKinds.map((k) => (
            <option key={k} value={k}>
              {t(`lending.documentKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('lending.documents.file')}
          hint={t('lending.documents.hint', { maxMb: loanDocumentMaxBytes / 1024 / 1024 })}
          error={tooLarge ? t('lending.documents.tooLarge', { maxMb: loanDocumentMaxBytes / 1024 / 1024 }) : undefined}
        >
          {(control) => <input type="file" name={field.file} accept={accept} ref={input} {...control} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={upload.isPending}>
          {t('lending.documents.upload')}
        </button>
      </div>
    </form>
  );
}
