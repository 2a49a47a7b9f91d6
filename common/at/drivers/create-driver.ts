import type { Clock } from '../at-clock';
import type { EmitEvent } from '../events';
import { AtDriver } from './at-driver';
import type { Family } from './family';
import { FxoDriver } from './fxo-driver';
import { GENERIC_RULES } from './generic-rules';
import { HUAWEI_RULES } from './huawei';
import { QUECTEL_RULES } from './quectel';
import type { DriverActions } from './rules';
import { SIMCOM_RULES } from './simcom';

/**
 * Every GSM family understands every vendor's URCs (their prefixes never collide), so a module detected
 * as the wrong family still reports calls; the family decides initialisation and dial semantics.
 */
const GSM_RULES = [...GENERIC_RULES, ...HUAWEI_RULES, ...QUECTEL_RULES, ...SIMCOM_RULES];

export function createDriver(family: Family, clock: Clock, emit: EmitEvent, actions?: DriverActions): AtDriver {
  if (family === 'fxo') return new FxoDriver(clock, emit, actions);
  return new AtDriver(clock, emit, { family, rules: GSM_RULES, actions });
}
