/**
 * Build-time access to the validated package, loaded once per build. Node only.
 */
import { loadPackage, type DataPackage } from './load';
import { reconcile, type CheckResult } from './reconcile';

let cached: { pkg: DataPackage; checks: CheckResult[] } | undefined;

export function getData(): { pkg: DataPackage; checks: CheckResult[] } {
	if (!cached) {
		const pkg = loadPackage(process.env.DATA_DIR ?? 'data');
		cached = { pkg, checks: reconcile(pkg) };
	}
	return cached;
}
