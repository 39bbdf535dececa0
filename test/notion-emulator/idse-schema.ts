/**
 * The IDSE database schema (ARCHITECTURE.md "The Notion database"), in Notion's property
 * configuration format.
 * Status options can only be set in the Notion app, so this goes through the control route.
 */
export const IDSE_STAGES = [
  'Intent',
  'Context',
  'Specification',
  'Plan',
  'Tasks',
  'Implementation',
  'Feedback',
];

export const IDSE_STATUS_OPTIONS = [
  { name: 'Draft', color: 'gray', group: 'To-do' },
  { name: 'In Review', color: 'blue', group: 'In progress' },
  { name: 'Locked', color: 'green', group: 'Complete' },
  { name: 'Superseded', color: 'brown', group: 'Complete' },
];

export function idseProperties(): Record<string, unknown> {
  return {
    Title: { title: {} },
    Stage: { select: { options: IDSE_STAGES.map((name) => ({ name })) } },
    Session: { rich_text: {} },
    Status: { status: { options: IDSE_STATUS_OPTIONS } },
    Layer: { select: { options: [] } },
    'Run Scope': { select: { options: [] } },
    Version: { rich_text: {} },
    'Feature / Capability': { rich_text: {} },
    'Upstream Artifact': {
      relation: { dual_property: { synced_property_name: 'Downstream Artifact(s)' } },
    },
    'Downstream Artifact(s)': {
      relation: { dual_property: { synced_property_name: 'Upstream Artifact' } },
    },
    Sync: { rich_text: {} },
  };
}
