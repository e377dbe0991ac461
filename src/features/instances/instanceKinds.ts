/** The one descriptor per instance kind that the list, the detail page and the menu read. */
import CalculateIcon from '@mui/icons-material/Calculate';
import DevicesOtherIcon from '@mui/icons-material/DevicesOther';
import ExtensionIcon from '@mui/icons-material/Extension';
import SettingsInputAntennaIcon from '@mui/icons-material/SettingsInputAntenna';
import StreamIcon from '@mui/icons-material/Stream';
import WorkspacesIcon from '@mui/icons-material/Workspaces';
import type { SvgIconComponent } from '@mui/icons-material';
import type { InstanceType } from '../../domain/types';

export interface InstanceKind {
  type: InstanceType;
  label: string;
  singular: string;
  icon: SvgIconComponent;
}

export const INSTANCE_KINDS: readonly InstanceKind[] = [
  { type: 'devices', label: 'Devices', singular: 'Device', icon: DevicesOtherIcon },
  { type: 'channels', label: 'Channels', singular: 'Channel', icon: SettingsInputAntennaIcon },
  { type: 'streams', label: 'Streams', singular: 'Stream', icon: StreamIcon },
  { type: 'calcs', label: 'Calcs', singular: 'Calc', icon: CalculateIcon },
  { type: 'plugins', label: 'Plugins', singular: 'Plugin', icon: ExtensionIcon },
  { type: 'groups', label: 'Groups', singular: 'Group', icon: WorkspacesIcon },
];

export const SINGULAR: Record<InstanceType, string> = {
  devices: 'Device',
  channels: 'Channel',
  streams: 'Stream',
  calcs: 'Calc',
  plugins: 'Plugin',
  groups: 'Group',
};
