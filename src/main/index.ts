import { startShell } from './shell/lifecycle';

startShell();
