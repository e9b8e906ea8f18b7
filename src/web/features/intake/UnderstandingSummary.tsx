import { useTranslation } from 'react-i18next';
import { resourceCodes, type ResourceCode } from '../../../shared/enums.js';
import { prefillFrom, type PrefillPart, type UnderstandingView } from './understanding';
import { cueWordsIn } from './cue-words';

const percent = (share: number) => Math.round(share * 100);
const kindKeys = {
  request: 'intake.paste.kind.request',
  offer: 'intake.paste.kind.offer',
  other: 'intake.paste.kind.other',
} as const;
const partKeys: Record<PrefillPart, `intake.paste.part.${PrefillPart}`> = {
  needs: 'intake.paste.part.needs',
  spo2: 'intake.paste.part.spo2',
  age: 'intake.paste.part.age',
  phones: 'intake.paste.part.phones',
  place: 'intake.paste.part.place',
};
const isKind = (value: string | null | undefined): value is keyof typeof kindKeys =>
  value === 'request' || value === 'offer' || value === 'other';
const isResource = (value: string): value is ResourceCode => (resourceCodes as readonly string[]).includes(value);

/**
 * What the engine made of a pasted message and how sure it was: the kind and the words behind it, each part of
 * the form it filled with its confidence, the parts it left for the operator, and the words behind each need.
 */
export function UnderstandingSummary({ understanding, text }: { understanding: UnderstandingView; text: string }) {
  const { t } = useTranslation();
  const prefill = prefillFrom(understanding);
  const kind = isKind(understanding.kind) ? understanding.kind : null;
  const kindConfidence = understanding.confidence?.kind ?? null;
  const unsure = new Set(prefill.unsure);
  const why = understanding.explanation.resources
    .map((r) => ({ ...r, words: cueWordsIn(r.words, text) }))
    .filter((r): r is { resource: ResourceCode; words: string[] } => isResource(r.resource) && r.words.length > 0);
  const kindWords = cueWordsIn(understanding.explanation.kind, text);
  return (
    <div className="understand-summary" data-testid="understand-summary">
      {kind ? (
        <p>
          {kindConfidence === null
            ? t('intake.paste.readAs', { kind: t(kindKeys[kind]) })
            : t('intake.paste.readAsSure', { kind: t(kindKeys[kind]), percent: percent(kindConfidence) })}
          {kindWords.length > 0 ? ` ${t('intake.paste.because', { words: kindWords.slice(0, 5).join(', ') })}` : null}
        </p>
      ) : null}
      {prefill.read.length > 0 ? (
        <ul className="understand-parts">
          {prefill.read.map(({ part, confidence }) => (
            <li key={part} data-state={unsure.has(part) ? 'unsure' : 'filled'}>
              {confidence === null
                ? t('intake.paste.partFilled', { part: t(partKeys[part]) })
                : t(unsure.has(part) ? 'intake.paste.partUnsure' : 'intake.paste.partSure', {
                    part: t(partKeys[part]),
                    percent: percent(confidence),
                  })}
            </li>
          ))}
        </ul>
      ) : null}
      {why.length > 0 ? (
        <ul className="understand-why field-hint">
          {why.map(({ resource, words }) => (
            <li key={resource}>
              {t('intake.paste.needBecause', { need: t(`resource.${resource}`), words: words.join(', ') })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
