import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../shared/contracts/cases.js';
import type { ItemRef } from '../../../../shared/contracts/lending-common.js';
import type { GateView, LendingPanel, LoanDetail } from '../../../../shared/contracts/loans.js';
import { deviceKinds, type DeviceKind } from '../../../../shared/enums.js';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { HandOverForm } from '../../lending/HandOverForm';
import { LoanLine } from '../../lending/LoanLine';
import { loanPath } from '../../lending/lending-paths';
import '../../lending/lending.css';
import { GateForm } from './GateForm';
import { LendForm } from './LendForm';
import { NearestDepots } from './NearestDepots';
import { useCaseLending, useCheckGate } from './case-lending-queries';
import { gateAnswersFrom, gateDraftFrom, isSevere, type GateDraft } from './gate-draft';
import { lendingNeeds } from './lend-draft';

/** The case's oxygen lending: its loans, the gate, the nearest depots' devices and the lend form. */
export function CaseLending({ detail }: { detail: CaseDetail }) {
  const hasNeed = detail.needs.some((need) => lendingNeeds.has(need.resource));
  return hasNeed ? <CaseLendingPanel detail={detail} /> : null;
}

function CaseLendingPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const panel = useCaseLending(detail.id);
  return (
    <section className="panel case-lending" aria-labelledby="case-lending">
      <h2 id="case-lending">{t('lending.panel.heading')}</h2>
      {panel.isPending ? (
        <Loading />
      ) : panel.isError ? (
        <LoadError error={panel.error} onRetry={() => void panel.refetch()} />
      ) : (
        <PanelBody detail={detail} panel={panel.data} />
      )}
    </section>
  );
}

function PanelBody({ detail, panel }: { detail: CaseDetail; panel: LendingPanel }) {
  const { t } = useTranslation();
  const [gate, setGate] = useState<GateDraft>(() =>
    // As the server reads the case for the panel's gate: COVID positive from its conditions, SpO2 from its patient.
    gateDraftFrom(
      { covidPositive: detail.patient.conditions.includes('covid_positive') ? true : null },
      detail.patient.spo2,
    ),
  );
  const [chosen, setChosen] = useState<{ item: ItemRef; depotId: string } | null>(null);
  const [lent, setLent] = useState<LoanDetail | null>(null);
  const [checked, setChecked] = useState<GateView | null>(null);
  const check = useCheckGate(detail.id);
  const gateNow = checked ?? panel.gate;
  const pending = panel.loans.filter((loan) => loan.status === 'active' && loan.handedOverAt === null);
  const onlyDeviceHeld =
    gateNow.reasons.length > 0 && gateNow.reasons.every((reason) => reason === 'patient_has_device');
  const mayOverride = onlyDeviceHeld && panel.can.overrideOneDevice;
  // Items can be chosen only when the gate (as last checked) lets this person lend, and never below 90, whatever
  // was answered before: the server checks again with the answers sent.
  const mayLend = panel.can.lend && !isSevere(gate) && (gateNow.outcome === 'may_lend' || mayOverride);
  const device = chosen && isDevice(chosen.item.kind) ? chosen.item.kind : null;
  return (
    <>
      {panel.loans.length > 0 ? (
        <>
          <h3>{t('lending.panel.loans')}</h3>
          {panel.loans.map((loan) => (
            <div key={loan.id} className="lending-case-loan">
              <LoanLine loan={loan} />
              {pending.includes(loan) ? <HandOverForm loanId={loan.id} /> : null}
            </div>
          ))}
        </>
      ) : null}
      {lent ? (
        <p className="success" role="status">
          {t('lending.lend.done', { reference: lent.reference, label: lent.item.label })}{' '}
          <Link to={loanPath(lent.id)}>{t('lending.lend.openLoan')}</Link>
        </p>
      ) : null}
      <GateForm check={check} draft={gate} onChange={setGate} gate={gateNow} onChecked={setChecked} />
      {isSevere(gate) ? null : (
        <>
          <h3>{t('lending.panel.nearest')}</h3>
          <NearestDepots
            depots={panel.depots}
            chosen={chosen?.item.id ?? null}
            onChoose={mayLend ? (item, depotId) => setChosen({ item, depotId }) : null}
          />
        </>
      )}
      {mayLend && chosen && device ? (
        <LendForm
          key={chosen.item.id}
          detail={detail}
          panel={panel}
          item={{ id: chosen.item.id, label: chosen.item.label, kind: device }}
          gate={gateAnswersFrom(gate)}
          mayOverride={mayOverride}
          onLent={(loan) => {
            setLent(loan);
            setChosen(null);
            // The patient now holds a device: the check made before no longer holds, so it is made again.
            setChecked(null);
            check.mutate(gateAnswersFrom(gate), { onSuccess: setChecked });
          }}
        />
      ) : null}
    </>
  );
}

const isDevice = (kind: string): kind is DeviceKind => (deviceKinds as readonly string[]).includes(kind);
