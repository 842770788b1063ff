/**
 * The control-framework crosswalk of a requirement in words and as tags, shared by the hover,
 * the coverage view and every report format so they all name the controls the same way.
 */
import { CONTROL_FRAMEWORKS, type ControlFramework, type ControlRefs } from './types';

/** How each framework is named in front of its ids. */
export const FRAMEWORK_NAMES: Record<ControlFramework, string> = {
  'nist-800-53r5': 'NIST SP 800-53',
  'nist-800-171r2': 'SP 800-171',
  'nist-800-171r3': 'SP 800-171r3',
  ism: 'ASD ISM',
  'ncsc-cloud': 'NCSC Cloud Principle',
};

export interface ControlGroup {
  framework: ControlFramework;
  name: string;
  ids: string[];
}

/** The crosswalk as groups in a fixed framework order; frameworks without ids are left out. */
export function controlGroups(controls: ControlRefs | undefined): ControlGroup[] {
  if (!controls) return [];
  const groups: ControlGroup[] = [];
  for (const framework of CONTROL_FRAMEWORKS) {
    const ids = (controls[framework] ?? []).map(String);
    if (ids.length) groups.push({ framework, name: FRAMEWORK_NAMES[framework], ids });
  }
  return groups;
}

/** "NIST SP 800-53 IA-2(1), IA-2(2); SP 800-171 3.5.3; ASD ISM ISM-1173", or "" when none. */
export function describeControls(controls: ControlRefs | undefined): string {
  return controlGroups(controls)
    .map((g) => `${g.name} ${g.ids.join(', ')}`)
    .join('; ');
}

/**
 * One tag per control, "<framework>:<id>" ("nist-800-53r5:IA-2(1)", "ncsc-cloud:12"): stable
 * keys for machine-readable reports (SARIF rule tags, CSV cells).
 */
export function controlTags(controls: ControlRefs | undefined): string[] {
  return controlGroups(controls).flatMap((g) => g.ids.map((id) => `${g.framework}:${id}`));
}
