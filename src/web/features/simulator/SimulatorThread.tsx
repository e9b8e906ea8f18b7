import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulatorEntry } from '../../../shared/contracts/channels.js';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SimulatorBubble } from './SimulatorBubble';

interface SimulatorThreadProps {
  from: string;
  log: UseQueryResult<{ items: SimulatorEntry[] }>;
}

/** The conversation with one sender, oldest at the top, kept scrolled to the newest like a phone. */
export function SimulatorThread({ from, log }: SimulatorThreadProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const items = log.data?.items ?? [];
  const last = items.at(-1);
  const lastKey = last ? `${last.id}:${last.state ?? ''}` : '';

  useEffect(() => {
    const element = box.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [lastKey]);

  return (
    <div
      ref={box}
      className="simulator-thread"
      data-testid="simulator-thread"
      role="log"
      // Scrollable, so reachable by keyboard too.
      tabIndex={0}
      aria-label={t('simulator.thread', { from })}
    >
      {from === '' ? (
        <p className="simulator-empty">{t('simulator.noFrom')}</p>
      ) : log.isPending ? (
        <Loading />
      ) : log.isError && log.data === undefined ? (
        <LoadError error={log.error} onRetry={() => void log.refetch()} />
      ) : items.length === 0 ? (
        <p className="simulator-empty">{t('simulator.empty')}</p>
      ) : (
        <ol className="plain-list simulator-bubbles">
          {items.map((entry) => (
            <SimulatorBubble key={`${entry.direction}-${entry.id}`} entry={entry} />
          ))}
        </ol>
      )}
    </div>
  );
}
