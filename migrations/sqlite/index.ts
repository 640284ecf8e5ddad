import * as migration_20261124_195538_initial from './20261124_195538_initial';

export const migrations = [
  {
    up: migration_20261124_195538_initial.up,
    down: migration_20261124_195538_initial.down,
    name: '20261124_195538_initial'
  },
];
