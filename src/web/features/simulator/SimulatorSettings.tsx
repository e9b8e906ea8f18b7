import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { simulatorVias, viaSettings, type SimulatorVia } from './simulator-vias';

const fields = { via: 'via', from: 'from', account: 'account' } as const;

interface SimulatorSettingsProps {
  via: SimulatorVia;
  onVia: (via: SimulatorVia) => void;
  from: string;
  onFrom: (from: string) => void;
  /** The organisation's accounts for the chosen provider. */
  accounts: readonly { address: string; label: string }[];
  accountAddress: string;
  onAccountAddress: (address: string) => void;
}

/** Who is writing, by which channel, to which of the helpline's numbers or pages. */
export function SimulatorSettings(props: SimulatorSettingsProps) {
  const { t } = useTranslation();
  const { via, from, accounts, accountAddress } = props;
  const isPhone = viaSettings[via].defaultFrom.startsWith('+');
  return (
    <fieldset className="form simulator-settings">
      <legend>{t('simulator.settings')}</legend>
      <SelectField
        label={t('simulator.via')}
        name={fields.via}
        value={via}
        onChange={(event) => props.onVia(event.target.value as SimulatorVia)}
      >
        {simulatorVias.map((value) => (
          <option key={value} value={value}>
            {t(`simulator.vias.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('simulator.from')}
        hint={t(`simulator.fromHint.${viaSettings[via].provider}`)}
        name={fields.from}
        {...(isPhone ? { type: 'tel', inputMode: 'tel' as const } : {})}
        value={from}
        onChange={(event) => props.onFrom(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <SelectField
        label={t('simulator.account')}
        name={fields.account}
        value={accountAddress}
        onChange={(event) => props.onAccountAddress(event.target.value)}
      >
        <option value="">{t('simulator.firstAccount')}</option>
        {accounts.map((account) => (
          <option key={account.address} value={account.address}>
            {t('simulator.accountOption', { label: account.label, address: account.address })}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
