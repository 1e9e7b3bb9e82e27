// Entry point for the TypeORM CLI (migration:generate / run / revert). The application never imports this file.
import 'reflect-metadata';
import { loadConfig } from '@htx/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

const config = loadConfig();
export default new DataSource(dataSourceOptions({ ...config.database, applicationName: 'htx-migrations' }));
