// The whole preload: expose the contract's named methods as window.dialdeck. ipcRenderer itself never
// reaches the page; listeners get the payload only, never the Electron event object.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../common/ipc/derive-bridge';
import { ipcTransport } from './ipc-transport';

contextBridge.exposeInMainWorld('dialdeck', createBridge(ipcTransport(ipcRenderer)));
