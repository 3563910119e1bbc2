/**
 * Where a case happened, as the site writes it: "湖南 · 长沙", or just the
 * city where it is its own province-level unit (上海).
 */
export function placeName(city: string, province: string | undefined): string {
  return province && province !== city ? `${province} · ${city}` : city;
}
