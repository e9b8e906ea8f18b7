import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { usePageTitle } from '../../components/use-page-title';
import { SimulatorComposer } from './SimulatorComposer';
import { SimulatorSettings } from './SimulatorSettings';
import { SimulatorThread } from './SimulatorThread';
import { useSimulatorLog } from './simulator-queries';
import { viaSettings, type SimulatorVia } from './simulator-vias';

/** For demos: write to the helpline as a citizen would, on any channel, and watch what comes back. */
export function SimulatorPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.simulator'));
  const [via, setVia] = useState<SimulatorVia>('whatsapp');
  const [from, setFrom] = useState(viaSettings.whatsapp.defaultFrom);
  const [accountAddress, setAccountAddress] = useState('');
  const threadFrom = useDebouncedValue(from.trim(), 400);
  const log = useSimulatorLog(threadFrom);
  const settings = viaSettings[via];
  const accounts = (log.data?.accounts ?? []).filter((account) => account.provider === settings.provider);

  const chooseVia = (next: SimulatorVia) => {
    // A sender still at the old channel's example becomes the new one's; one typed by hand stays.
    if (from === settings.defaultFrom) setFrom(viaSettings[next].defaultFrom);
    setAccountAddress('');
    setVia(next);
  };

  return (
    <section className="simulator">
      <h1>{t('nav.simulator')}</h1>
      <p className="lead">{t('simulator.intro')}</p>
      <div className="simulator-layout">
        <SimulatorSettings
          via={via}
          onVia={chooseVia}
          from={from}
          onFrom={setFrom}
          accounts={accounts}
          accountAddress={accountAddress}
          onAccountAddress={setAccountAddress}
        />
        <div className="simulator-phone">
          <SimulatorThread from={threadFrom} log={log} />
          <SimulatorComposer
            settings={settings}
            from={from}
            accountAddress={accountAddress}
            onSent={() => void log.refetch()}
          />
        </div>
      </div>
    </section>
  );
}
