/** Word pools for realistic-looking records. */

export const FIRST_NAMES = [
  "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
  "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
  "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Steven", "Ashley",
  "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kevin", "Carol", "Brian", "Amanda",
  "Noa", "Yusuf", "Priya", "Wei", "Sofia", "Mateo", "Aisha", "Lars", "Chloe", "Hiroshi",
] as const;

export const LAST_NAMES = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
  "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
  "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
  "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
  "Doe", "Cohen", "Patel", "Chen", "Rossi", "Silva", "Khan", "Berg", "Dubois", "Tanaka",
] as const;

export const SERVICE_ACCOUNTS = ["backup", "sql", "deploy", "monitoring", "scanner", "jenkins", "sccm", "ldap-sync"] as const;

/**
 * Names that appear in devices' last_used_users but belong to no user asset: local or
 * departed accounts, as a real inventory has. None can collide with a generated username.
 */
export const UNKNOWN_LAST_USED_USERS = ["Administrator", "root", "contractor.tmp", "old.admin"] as const;

export const USER_DOMAINS = ["CORP", "CORP", "CORP", "EMEA", "LAB"] as const;

export const LINUX_ROLES = ["web", "db", "app", "cache", "k8s-node", "mq", "build", "proxy"] as const;

export const DNS_SUFFIX = "corp.example";
