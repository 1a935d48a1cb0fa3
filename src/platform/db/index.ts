export { openDatabase, type Database, type DatabaseTarget, type Db } from './open-database.js';
export { migrate } from './migrate.js';
export { lockDataDir } from './data-dir-lock.js';
