import * as migration_20261124_195544_initial from './20261124_195544_initial';

export const migrations = [
  {
    up: migration_20261124_195544_initial.up,
    down: migration_20261124_195544_initial.down,
    name: '20261124_195544_initial'
  },
];
