import * as migration_20261124_195538_initial from './20261124_195538_initial';
import * as migration_20261124_215313_claim_ended_at from './20261124_215313_claim_ended_at';
import * as migration_20261201_212751_source_public_name_login_throttle from './20261201_212751_source_public_name_login_throttle';
import * as migration_20261201_213749_public_event_log from './20261201_213749_public_event_log';
import * as migration_20261201_231116_update_pinned from './20261201_231116_update_pinned';
import * as migration_20261201_231613_users_lock_columns from './20261201_231613_users_lock_columns';
import * as migration_20261202_014828_claim_vague_verbs from './20261202_014828_claim_vague_verbs';
import * as migration_20261202_015623_embargo_webhooks from './20261202_015623_embargo_webhooks';
import * as migration_20261202_042937_webhook_stories from './20261202_042937_webhook_stories';

export const migrations = [
  {
    up: migration_20261124_195538_initial.up,
    down: migration_20261124_195538_initial.down,
    name: '20261124_195538_initial',
  },
  {
    up: migration_20261124_215313_claim_ended_at.up,
    down: migration_20261124_215313_claim_ended_at.down,
    name: '20261124_215313_claim_ended_at',
  },
  {
    up: migration_20261201_212751_source_public_name_login_throttle.up,
    down: migration_20261201_212751_source_public_name_login_throttle.down,
    name: '20261201_212751_source_public_name_login_throttle',
  },
  {
    up: migration_20261201_213749_public_event_log.up,
    down: migration_20261201_213749_public_event_log.down,
    name: '20261201_213749_public_event_log',
  },
  {
    up: migration_20261201_231116_update_pinned.up,
    down: migration_20261201_231116_update_pinned.down,
    name: '20261201_231116_update_pinned',
  },
  {
    up: migration_20261201_231613_users_lock_columns.up,
    down: migration_20261201_231613_users_lock_columns.down,
    name: '20261201_231613_users_lock_columns',
  },
  {
    up: migration_20261202_014828_claim_vague_verbs.up,
    down: migration_20261202_014828_claim_vague_verbs.down,
    name: '20261202_014828_claim_vague_verbs',
  },
  {
    up: migration_20261202_015623_embargo_webhooks.up,
    down: migration_20261202_015623_embargo_webhooks.down,
    name: '20261202_015623_embargo_webhooks',
  },
  {
    up: migration_20261202_042937_webhook_stories.up,
    down: migration_20261202_042937_webhook_stories.down,
    name: '20261202_042937_webhook_stories'
  },
];
