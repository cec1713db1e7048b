/**
 * Task pane entry. Waits for Office, then mounts the app: inside Excel on the Office.js workbook adapter,
 * in a plain browser in preview mode on the bundled sample workbook.
 */
import { startApp } from "./app";

startApp();
