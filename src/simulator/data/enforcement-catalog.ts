/** Templates of enforcement sets, grouped by the contract's action categories. */

export interface EnforcementTemplate {
  name: string;
  description: string;
  actionName: string;
  mainAction: string;
  category: string;
  viewName: string;
  entity: "devices" | "users";
}

const t = (
  category: string,
  name: string,
  description: string,
  actionName: string,
  mainAction: string,
  viewName: string,
  entity: "devices" | "users" = "devices",
): EnforcementTemplate => ({ category, name, description, actionName, mainAction, viewName, entity });

export const ENFORCEMENT_TEMPLATES: readonly EnforcementTemplate[] = [
  t("Notify", "Notify SOC on unmanaged Windows", "Mail the SOC when a Windows device has no EDR agent", "Mail SOC", "send_emails", "Unmanaged Windows"),
  t("Notify", "Slack alert for new admin accounts", "Post to #sec-alerts when a user becomes a local admin", "Post to Slack", "slack_send_message", "New admins", "users"),
  t("Notify", "Syslog stale devices", "Forward devices unseen for 30 days to the SIEM", "Send to SIEM", "send_to_syslog", "Stale devices"),
  t("Create Incident", "ServiceNow incident for missing EDR", "Open an incident when a server lacks CrowdStrike", "Open SNOW incident", "create_service_now_incident", "Servers without EDR"),
  t("Create Incident", "Jira ticket for end-of-life OS", "File a Jira ticket for devices on an unsupported OS", "Open Jira ticket", "create_jira_issue", "End-of-life OS"),
  t("Create Incident", "Incident for terminated users still active", "Open an incident when a terminated user logs on", "Open SNOW incident", "create_service_now_incident", "Terminated but active", "users"),
  t("Manage Assets", "Add lab machines to exclusion list", "Keep lab devices out of compliance reports", "Add to exclusion list", "add_to_exclusion_list", "Lab devices"),
  t("Manage Assets", "Assign owner from last user", "Set the asset owner to the device's last logged-on user", "Set owner", "update_asset_owner", "Devices without owner"),
  t("Deploy Software", "Deploy CrowdStrike to Linux servers", "Install the Falcon sensor where it is missing", "Install Falcon", "deploy_software_tanium", "Linux without EDR"),
  t("Deploy Software", "Deploy Qualys agent to workstations", "Install the Qualys cloud agent on unscanned workstations", "Install Qualys agent", "deploy_software_sccm", "Unscanned workstations"),
  t("Isolate", "Isolate hosts with critical detections", "Contain hosts that CrowdStrike flags as critical", "Contain host", "crowdstrike_contain_host", "Critical detections"),
  t("Isolate", "Quarantine unknown devices on PCI network", "Move unknown devices on the PCI segment to quarantine", "Quarantine", "cisco_ise_quarantine", "Unknown on PCI"),
  t("Enrich", "Enrich servers with Shodan", "Look up internet-facing servers in Shodan", "Shodan lookup", "shodan_enrichment", "Internet-facing servers"),
  t("Enrich", "Enrich users from HR system", "Fetch department and manager for new users", "HR lookup", "workday_enrichment", "New users", "users"),
  t("Patch", "Patch Windows servers monthly", "Push the monthly cumulative update to Windows servers", "Run Windows Update", "run_windows_update", "Windows servers"),
  t("Patch", "Patch Ubuntu packages", "Apply pending security updates on Ubuntu hosts", "Run apt upgrade", "run_linux_command", "Ubuntu hosts"),
  t("Tag", "Tag devices missing EDR", "Label devices without an EDR agent as Unmanaged", "Tag Unmanaged", "tag", "Devices without EDR"),
  t("Tag", "Tag privileged users", "Label admin users as Privileged", "Tag Privileged", "tag", "Admin users", "users"),
  t("Tag", "Untag decommissioned devices", "Remove labels from devices marked for decommission", "Remove tags", "untag", "Decommissioned devices"),
];

export const FOLLOW_UP_ACTIONS = [
  { name: "Mail owner", action: { action_name: "send_emails", category: "Notify" } },
  { name: "Tag handled", action: { action_name: "tag", category: "Tag" } },
  { name: "Post to Slack", action: { action_name: "slack_send_message", category: "Notify" } },
] as const;

/** Variants keep names unique when more sets are asked for than there are templates. */
export const NAME_VARIANTS = ["EMEA", "APAC", "Americas", "Lab", "Prod", "Staging"] as const;

export const PERIODS = ["daily", "daily", "weekly", "monthly", "every_discovery", "never"] as const;

export const EDITORS = ["admin", "admin", "jsmith", "soc-automation", "mgarcia"] as const;
