import * as migration_20261124_195544_initial from './20261124_195544_initial';
import * as migration_20261124_215315_claim_ended_at from './20261124_215315_claim_ended_at';
import * as migration_20261201_225014_source_public_name from './20261201_225014_source_public_name';

export const migrations = [
  {
    up: migration_20261124_195544_initial.up,
    down: migration_20261124_195544_initial.down,
    name: '20261124_195544_initial',
  },
  {
    up: migration_20261124_215315_claim_ended_at.up,
    down: migration_20261124_215315_claim_ended_at.down,
    name: '20261124_215315_claim_ended_at',
  },
  {
    up: migration_20261201_225014_source_public_name.up,
    down: migration_20261201_225014_source_public_name.down,
    name: '20261201_225014_source_public_name'
  },
];
