import { useApp } from '../../../ui-shared/app-store';
import { TestCall } from '../parts/test-call';

export function GatewayTestCall() {
  const lines = useApp((s) => s.devices?.gatewayLines);
  const online = (lines ?? []).filter((l) => l.state === 'online').map((l) => ({ id: l.id, label: `${l.model ?? l.kind.toUpperCase()} ${l.port ?? l.id}` }));
  return <TestCall proof="gateway.call" via="gateway" lines={online} />;
}
