/**
 * Addresses derived from the device's index, so they are unique across the data set
 * without bookkeeping. The first device gets 10.0.0.1, the contract's example address.
 */

export function ipv4(index: number): string {
  const host = (index % 254) + 1;
  const subnet = Math.floor(index / 254);
  return `10.${Math.floor(subnet / 256) % 256}.${subnet % 256}.${host}`;
}

/** A second interface on another network, for multi-homed servers. */
export function secondaryIpv4(index: number): string {
  const host = (index % 254) + 1;
  const subnet = Math.floor(index / 254);
  return `172.${16 + (Math.floor(subnet / 256) % 16)}.${subnet % 256}.${host}`;
}

export function ipv6(index: number, global: boolean): string {
  const suffix = (index + 1).toString(16);
  return global ? `2001:db8:10::${suffix}` : `fe80::250:56ff:fe00:${suffix}`;
}

/** Vendor prefixes that match the kind of machine. */
export const OUI = {
  dell: "F4:8E:38",
  lenovo: "54:E1:AD",
  vmware: "00:50:56",
  vmwareLegacy: "00:0C:29",
  apple: "3C:22:FB",
  aws: "0A:1B:2C",
} as const;

/**
 * Upper case with colons. The lower 24 bits are index * odd + salt modulo 2^24, a bijection,
 * so distinct indexes never share a MAC even when the vendor prefix repeats.
 */
export function mac(oui: string, index: number, salt: number): string {
  const low = (Math.imul(index, 0x9e3779) + salt) & 0xffffff;
  const bytes = [low >>> 16, (low >>> 8) & 0xff, low & 0xff];
  return `${oui}:${bytes.map((byte) => byte.toString(16).toUpperCase().padStart(2, "0")).join(":")}`;
}
