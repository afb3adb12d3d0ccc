/**
 * Indonesian mobile numbers: national form 08xx-xxxx-xxxx, i.e. after the country code 62 a
 * subscriber number starting with 8 and 9–12 digits long (operators' prefixes 811..899).
 */
const MOBILE_SUBSCRIBER_NUMBER = /^8\d{8,11}$/;
const SEPARATORS = /[\s\-.()/]/g;

/**
 * The canonical E.164 form '+62812...' of an Indonesian mobile number written as +62 812..., 62812...,
 * 0812... or 812... (a spreadsheet that treated the number as numeric drops the leading 0), with
 * any spaces, dashes, dots or brackets. Also tolerates '+62 0812...' (both prefixes written).
 * Returns undefined when it is not an Indonesian mobile number (landlines are not accepted: the
 * number is for SMS notices).
 */
export function normaliseIndonesianMobile(raw: string): string | undefined {
  const compact = raw.replace(SEPARATORS, '');
  const subscriber = stripTrunkZero(stripCountryCode(compact));
  return MOBILE_SUBSCRIBER_NUMBER.test(subscriber) ? `+62${subscriber}` : undefined;
}

function stripCountryCode(number: string): string {
  if (number.startsWith('+62')) return number.slice(3);
  if (number.startsWith('62')) return number.slice(2);
  return number;
}

function stripTrunkZero(number: string): string {
  return number.startsWith('0') ? number.slice(1) : number;
}
